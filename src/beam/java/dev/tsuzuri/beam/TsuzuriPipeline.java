package dev.tsuzuri.beam;

import dev.tsuzuri.convert.NoteFilter;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The conversion as a Beam pipeline: match the notes on any Beam file system, keep those a folder
 * search of {@code tsuzuri convert} would take and one per output name, convert each in memory on
 * the workers and write its outputs under the prefix, and collect the failures into {@code
 * PREFIX/tsuzuri-failures.jsonl} (written whole, and empty when nothing failed).
 */
final class TsuzuriPipeline {
  /** The failures file's name below the output prefix. */
  static final String FAILURES = "tsuzuri-failures.jsonl";

  private TsuzuriPipeline() {}

  /** The pipeline for these settings. */
  static Pipeline build(PipelineOptions options, JobSettings settings) {
    Pipeline p = Pipeline.create(options);
    PCollectionTuple notes = p
        .apply("Find notes", FileIO.match().filepattern(settings.inputs().pattern())
            .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("Notes only", Filter.by(new IsNote(settings)))
        .apply("By output", WithKeys.of(new OneNotePerTarget.TargetOf(settings.inputs())))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), MetadataCoderV2.of()))
        .apply("Group by output", GroupByKey.create())
        .apply("One note per output", ParDo.of(new OneNotePerTarget())
            .withOutputTags(OneNotePerTarget.NOTES, TupleTagList.of(OneNotePerTarget.COLLISIONS)));
    PCollection<String> converted = notes.get(OneNotePerTarget.NOTES)
        .setCoder(MetadataCoderV2.of())
        .apply("Read notes", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("Convert", ParDo.of(new ConvertNoteFn(settings)));
    PCollection<String> failures = PCollectionList
        .of(notes.get(OneNotePerTarget.COLLISIONS).setCoder(StringUtf8Coder.of()))
        .and(converted)
        .apply("All failures", Flatten.pCollections());
    failures.apply("Write failures", TextIO.write()
        .to(settings.output() + "/" + FAILURES.substring(0, FAILURES.lastIndexOf('.')))
        .withSuffix(".jsonl")
        .withoutSharding());
    return p;
  }

  /**
   * The files a folder search takes: notes ({@code .md}, {@code .markdown}) outside hidden
   * folders and the output prefix, selected by {@code --include} and {@code --exclude}; a note
   * named directly always.
   */
  static final class IsNote implements SerializableFunction<MatchResult.Metadata, Boolean> {
    private static final long serialVersionUID = 1L;
    private final JobSettings settings;
    private transient NoteFilter filter;

    IsNote(JobSettings settings) {
      this.settings = settings;
    }

    @Override
    public Boolean apply(MatchResult.Metadata file) {
      String name = file.resourceId().toString();
      if (!settings.inputs().folder()) {
        return name.equals(settings.inputs().pattern());
      }
      String key = settings.inputs().key(name);
      if (key == null || settings.inputs().place(name).isEmpty()
          || name.startsWith(settings.output() + "/")) {
        return false;
      }
      if (filter == null) {
        filter = new NoteFilter(settings.include(), settings.exclude());
      }
      return filter.selected(key);
    }
  }
}
