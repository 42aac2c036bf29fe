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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A note's outputs, one format at a time, made when first asked for and made again only when the
 * incremental fingerprint (the note, a bundle's files, the options and templates) says so: the
 * same {@link NoteConverter}, manifest and atomic outputs as {@code convert}, each format in a
 * folder of its own below the server's output folder ({@code OUT/pdf/posts/a.pdf}), with its own
 * manifest, so a note's formats convert side by side and a page's HTML never waits behind its
 * PDF. HTML is made on the asking thread; the slower formats on one core fewer than the machine
 * has. The result of each note's last conversion per format is kept, for its warnings.
 */
final class Builds {
  /** The formats a preview offers, in the order pages show them. */
  static final List<String> FORMATS = List.of("html", "pdf", "docx", "pptx", "png");

  /** The converters of one set of options. */
  private record Setup(ConvertRequest request, Map<String, NoteConverter> normal,
      Map<String, NoteConverter> forced) {}

  private final Map<String, Manifest> manifests = new ConcurrentHashMap<>();
  private final Path output;
  private final Map<String, Map<String, NoteResult>> results = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  /**
   * Where PDF, Word, PowerPoint and slide pictures are made: one core fewer than the machine
   * has, so the HTML a reloading page waits for always finds a core free.
   */
  private final ExecutorService slow;
  private volatile Setup setup;

  /** Builds into the request's output folder, with its options. */
  Builds(ConvertRequest request) {
    this.output = request.output().toAbsolutePath().normalize();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    AtomicInteger n = new AtomicInteger();
    this.slow = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tsuzuri-serve-convert-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    for (String f : FORMATS) {
      manifests.put(f, Manifest.load(output.resolve(f)));
    }
    reset(request);
  }

  /** New options (settings changed): everything is checked against them from now on. */
  void reset(ConvertRequest request) {
    Map<String, NoteConverter> normal = new ConcurrentHashMap<>();
    Map<String, NoteConverter> forced = new ConcurrentHashMap<>();
    for (String f : FORMATS) {
      ConvertRequest one = request.withFormats(List.of(f)).withOutput(output.resolve(f));
      normal.put(f, converter(one.withForce(false), f));
      forced.put(f, converter(one.withForce(true), f));
    }
    setup = new Setup(request, normal, forced);
    results.clear();
  }

  private static NoteConverter converter(ConvertRequest request, String format) {
    return new NoteConverter(request, Map.of(format, Writers.forFormat(format).create()), null);
  }

  /** Stops the slow formats' threads. */
  void close() {
    slow.shutdownNow();
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
    if (format.equals("html")) {
      return convert(note, format);
    }
    Future<NoteResult> queued = slow.submit(() -> convert(note, format));
    try {
      return queued.get();
    } catch (InterruptedException e) {
      queued.cancel(false);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while converting " + note.file(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private NoteResult convert(Note note, String format) {
    Object lock = locks.computeIfAbsent(note.key() + "\n" + format, k -> new Object());
    synchronized (lock) {
      Setup s = setup;
      Manifest manifest = manifests.get(format);
      Map<String, NoteResult> known = results.computeIfAbsent(note.key(),
          k -> new ConcurrentHashMap<>());
      Note here = inFolderOf(format, note);
      NoteResult r = s.normal().get(format).convert(here, manifest);
      if (r.status() == NoteResult.Status.UNCHANGED) {
        NoteResult before = known.get(format);
        if (before != null && before.outputs().equals(r.outputs())) {
          return before;
        }
        // made by an earlier server: once more, to learn its warnings
        r = s.forced().get(format).convert(here, manifest);
      }
      known.put(format, r);
      save(manifest);
      return r;
    }
  }

  /** The note with its outputs moved into the format's folder. */
  private Note inFolderOf(String format, Note note) {
    Path below = output.relativize(note.outFolder().toAbsolutePath().normalize());
    return new Note(note.file(), note.root(), note.key(), folder(format).resolve(below),
        note.stem(), note.inFolderInput());
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
    for (String f : FORMATS) {
      manifests.get(f).remove(note.key());
    }
    results.remove(note.key());
  }

  /** An output of a result as a path below its format's folder, with {@code /}. */
  String relative(String format, Path outputFile) {
    Path p = outputFile.toAbsolutePath().normalize();
    return output.resolve(format).relativize(p).toString()
        .replace(p.getFileSystem().getSeparator(), "/");
  }

  /** The relative paths of a format's result's outputs. */
  List<String> outputs(String format, NoteResult r) {
    List<String> list = new ArrayList<>();
    r.outputs().forEach(o -> list.add(relative(format, o)));
    return list;
  }

  /** The folder a format's outputs are in. */
  Path folder(String format) {
    return output.resolve(format);
  }

  private static void save(Manifest manifest) {
    try {
      manifest.saveNowAndThen();
    } catch (IOException e) {
      // the manifest only saves work on the next start; without it notes convert again
    }
  }
}
