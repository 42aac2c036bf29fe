package dev.tsuzuri.beam;

import dev.tsuzuri.convert.NotePlace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Of the notes that would write the same outputs ({@code a.md} and {@code a.markdown}, or {@code
 * a.md} beside a bundle {@code a/index.md}), converts only the first by name and fails the others
 * with the command line's message, rather than letting workers overwrite each other's files.
 * Input: the notes grouped by their output target.
 */
final class OneNotePerTarget
    extends DoFn<KV<String, Iterable<MatchResult.Metadata>>, MatchResult.Metadata> {
  private static final long serialVersionUID = 1L;

  /** The failure lines of the notes left out. */
  static final TupleTag<String> COLLISIONS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  /** The notes to convert. */
  static final TupleTag<MatchResult.Metadata> NOTES = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  private final Counter failed = Metrics.counter(ConvertNoteFn.METRICS, "notesFailed");

  /** The output target of a note: its place below the output prefix, without extension. */
  static final class TargetOf implements SerializableFunction<MatchResult.Metadata, String> {
    private static final long serialVersionUID = 1L;
    private final Inputs inputs;

    TargetOf(Inputs inputs) {
      this.inputs = inputs;
    }

    @Override
    public String apply(MatchResult.Metadata file) {
      String name = file.resourceId().toString();
      return inputs.place(name).map(NotePlace::target).orElse(name);
    }
  }

  @ProcessElement
  public void process(@Element KV<String, Iterable<MatchResult.Metadata>> group,
      MultiOutputReceiver out) {
    List<MatchResult.Metadata> notes = new ArrayList<>();
    group.getValue().forEach(notes::add);
    notes.sort(Comparator.comparing(m -> m.resourceId().toString()));
    MatchResult.Metadata first = notes.get(0);
    out.get(NOTES).output(first);
    for (MatchResult.Metadata other : notes.subList(1, notes.size())) {
      failed.inc();
      String name = other.resourceId().toString();
      String stem = group.getKey().substring(group.getKey().lastIndexOf('/') + 1);
      out.get(COLLISIONS).output(new Failure(name, null, name + ": output name collision: its "
          + "outputs (" + stem + ".*) would overwrite those of " + first.resourceId()
          + "; not converted (rename one)").toJson());
    }
  }
}
