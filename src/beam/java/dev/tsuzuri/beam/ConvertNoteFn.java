package dev.tsuzuri.beam;

import dev.tsuzuri.convert.MemoryConverter;
import dev.tsuzuri.convert.NotePlace;
import dev.tsuzuri.write.RemoteImages;
import dev.tsuzuri.write.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Converts one note per element, in memory, and writes its outputs under the output prefix; emits
 * a {@link Failure} line for the note, or for each of its formats, that failed. Never fails the
 * bundle for a problem with a note, so one bad note cannot stop or retry the job. The reader,
 * the writers with their fonts and templates are set up once per worker instance.
 */
final class ConvertNoteFn extends DoFn<FileIO.ReadableFile, String> {
  private static final long serialVersionUID = 1L;

  /** The metrics' namespace. */
  static final String METRICS = "tsuzuri";

  private final JobSettings settings;
  private final Counter converted = Metrics.counter(METRICS, "notesConverted");
  private final Counter failed = Metrics.counter(METRICS, "notesFailed");
  private final Counter drafts = Metrics.counter(METRICS, "draftsSkipped");
  private final Counter bytesWritten = Metrics.counter(METRICS, "bytesWritten");

  private transient MemoryConverter converter;
  private transient BeamFileStore store;
  private transient Path staged;

  ConvertNoteFn(JobSettings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() throws IOException {
    dev.tsuzuri.cli.Main.quietLibraries(false);
    JobSettings.Write write = settings.write();
    if (write.hasFiles()) {
      // the templates travel as bytes; the writers read them from files, once per worker
      staged = Files.createTempDirectory("tsuzuri-job-");
    }
    converter = new MemoryConverter(settings.formats(), settings.read().reader(),
        write.options(staged), settings.drafts());
    converter.prepare();
    store = new BeamFileStore();
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, OutputReceiver<String> failures) {
    String name = file.getMetadata().resourceId().toString();
    try {
      convert(name, file, failures);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // a bug or an exhausted worker: the note fails, the bundle and the job go on
      fail(failures, new Failure(name, null, "internal error converting " + name + ": "
          + e.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ")));
    }
  }

  private void convert(String name, FileIO.ReadableFile file, OutputReceiver<String> failures) {
    NotePlace place = settings.inputs().place(name).orElseThrow(
        () -> new IllegalStateException("not a note: " + name));
    long size = file.getMetadata().sizeBytes();
    byte[] bytes;
    try {
      if (size > settings.read().maxInputBytes()) {
        fail(failures, new Failure(name, null, name + ": the note is " + size + " bytes, larger "
            + "than the limit of " + settings.read().maxInputBytes() + " bytes"));
        return;
      }
      bytes = file.readFullyAsBytes();
    } catch (IOException e) {
      fail(failures, new Failure(name, null, name + ": cannot read the note: " + e.getMessage()));
      return;
    }
    String folder = place.folder().isEmpty() ? settings.output()
        : settings.output() + "/" + place.folder();
    String noteFolder = name.substring(0, name.lastIndexOf('/'));
    MemoryConverter.Result result = converter.convert(bytes, name, place.stem(),
        warnings -> {
          Resources r = Resources.inStore(store, noteFolder, settings.extraRoots(),
              settings.siteFolders(), warnings);
          return settings.allowRemote() ? r.withRemote(RemoteImages.shared()) : r;
        });
    if (result.status() == MemoryConverter.Status.DRAFT) {
      drafts.inc();
      return;
    }
    if (result.readError() != null) {
      fail(failures, new Failure(name, null, result.readError()));
      return;
    }
    List<Failure> errors = new ArrayList<>();
    result.errors().forEach((format, message) -> errors.add(new Failure(name, format, message)));
    for (Map.Entry<String, Map<String, byte[]>> format : result.files().entrySet()) {
      try {
        bytesWritten.inc(OutputFiles.write(folder, format.getValue()));
      } catch (IOException | RuntimeException e) {
        errors.add(new Failure(name, format.getKey(), name + ": cannot write "
            + format.getKey() + ": " + e.getMessage()));
      }
    }
    if (errors.isEmpty()) {
      converted.inc();
    } else {
      failed.inc();
      errors.forEach(f -> failures.output(f.toJson()));
    }
  }

  @Teardown
  public void teardown() {
    if (staged != null) {
      try (var files = Files.walk(staged)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | RuntimeException e) {
        // the system's temporary folder is cleaned eventually
      }
    }
  }

  private void fail(OutputReceiver<String> failures, Failure f) {
    failed.inc();
    failures.output(f.toJson());
  }
}
