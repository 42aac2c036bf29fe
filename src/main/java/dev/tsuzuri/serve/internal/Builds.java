package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.convert.internal.Manifest;
import dev.tsuzuri.convert.internal.Note;
import dev.tsuzuri.convert.internal.NoteConverter;
import dev.tsuzuri.write.Writers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A note's outputs, one format at a time, made when first asked for and made again only when the
 * incremental fingerprint (the note, a bundle's files, the options and templates) says so: the
 * same {@link NoteConverter}, manifest and atomic outputs as {@code convert}, in the server's
 * output folder. One note converts one format at a time; different notes convert side by side.
 * The result of each note's last conversion is kept, for its warnings.
 */
final class Builds {
  /** The formats a preview offers, in the order pages show them. */
  static final List<String> FORMATS = List.of("html", "pdf", "docx", "pptx", "png");

  /** The converters of one set of options. */
  private record Setup(ConvertRequest request, Map<String, NoteConverter> normal,
      Map<String, NoteConverter> forced) {}

  private final Manifest manifest;
  private final Path output;
  private final Map<String, Map<String, NoteResult>> results = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private volatile Setup setup;

  /** Builds into the request's output folder, with its options. */
  Builds(ConvertRequest request) {
    this.output = request.output().toAbsolutePath().normalize();
    this.manifest = Manifest.load(output);
    reset(request);
  }

  /** New options (settings changed): everything is checked against them from now on. */
  void reset(ConvertRequest request) {
    Map<String, NoteConverter> normal = new ConcurrentHashMap<>();
    Map<String, NoteConverter> forced = new ConcurrentHashMap<>();
    for (String f : FORMATS) {
      ConvertRequest one = request.withFormats(List.of(f));
      normal.put(f, converter(one.withForce(false), f));
      forced.put(f, converter(one.withForce(true), f));
    }
    setup = new Setup(request, normal, forced);
    results.clear();
  }

  private static NoteConverter converter(ConvertRequest request, String format) {
    return new NoteConverter(request, Map.of(format, Writers.forFormat(format).create()), null);
  }

  /** The request the outputs are made with now. */
  ConvertRequest request() {
    return setup.request();
  }

  /**
   * The note's outputs in a format, converted first when they are missing or out of date.
   * Never throws for a problem with the note: the result says it.
   */
  NoteResult build(Note note, String format) {
    Object lock = locks.computeIfAbsent(note.key(), k -> new Object());
    synchronized (lock) {
      Setup s = setup;
      Map<String, NoteResult> known = results.computeIfAbsent(note.key(),
          k -> new ConcurrentHashMap<>());
      NoteResult r = s.normal().get(format).convert(note, manifest);
      if (r.status() == NoteResult.Status.UNCHANGED) {
        NoteResult before = known.get(format);
        if (before != null && before.outputs().equals(r.outputs())) {
          return before;
        }
        // made by an earlier server: once more, to learn its warnings
        r = s.forced().get(format).convert(note, manifest);
      }
      known.put(format, r);
      saveManifest();
      return r;
    }
  }

  /** The last result of a note's format in this server, if it was converted. */
  Optional<NoteResult> last(Note note, String format) {
    Map<String, NoteResult> known = results.get(note.key());
    return Optional.ofNullable(known == null ? null : known.get(format));
  }

  /**
   * Forgets a note's outputs, so each format is converted again when next asked for: for changes
   * the fingerprint does not see, such as a picture the note names.
   */
  void invalidate(Note note) {
    Object lock = locks.computeIfAbsent(note.key(), k -> new Object());
    synchronized (lock) {
      manifest.remove(note.key());
      results.remove(note.key());
    }
  }

  /** An output of a result as a path below the output folder, with {@code /}. */
  String relative(Path outputFile) {
    Path p = outputFile.toAbsolutePath().normalize();
    return output.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  /** The relative paths of a result's outputs. */
  List<String> outputs(NoteResult r) {
    List<String> list = new ArrayList<>();
    r.outputs().forEach(o -> list.add(relative(o)));
    return list;
  }

  /** The output folder. */
  Path output() {
    return output;
  }

  private void saveManifest() {
    try {
      manifest.saveNowAndThen();
    } catch (IOException e) {
      // the manifest only saves work on the next start; without it notes convert again
    }
  }
}
