package dev.tsuzuri.convert.internal;

import dev.tsuzuri.diag.Messages;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.convert.BatchListener;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Writers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link ConvertRequest}: finds the notes, reports output collisions, converts the rest on
 * a fixed number of worker threads and saves the manifest as it goes. At most twice the worker
 * count of notes are queued at a time, and a note is read only by the worker converting it, so
 * memory is bounded by the worker count, not by the number of notes.
 */
public final class BatchRunner {
  private BatchRunner() {}

  /**
   * Converts everything the request names.
   *
   * @throws TsuzuriException when an input is missing, a format unknown or the output folder
   *     cannot be created; problems with single notes are reported in the result instead
   */
  public static BatchResult run(ConvertRequest request, BatchListener listener) {
    long start = System.nanoTime();
    Map<String, DocumentWriter> writers = new LinkedHashMap<>();
    for (String f : request.formats()) {
      writers.put(f, Writers.forFormat(f).create());
    }
    Path out = prepareOutput(request.output());
    List<Note> notes;
    Discovery discovery = new Discovery(out, request.include(), request.exclude());
    try {
      notes = discovery.find(request.inputs());
    } catch (IOException e) {
      throw new TsuzuriException("cannot search the inputs: " + e.getMessage());
    }
    boolean incremental = notes.stream().anyMatch(Note::inFolderInput);
    // a folder's outputs form a tree; named notes' outputs sit in the output folder itself
    AtomicOutputs.removeLeftovers(out, incremental ? Integer.MAX_VALUE : 2);
    Manifest manifest = incremental ? Manifest.load(out) : null;
    List<NoteResult> missing = new ArrayList<>();
    for (Path m : discovery.missing()) {
      missing.add(new NoteResult(m, NoteResult.Status.FAILED, List.of(), List.of(),
          m + ": no such file or folder", 0, null));
    }
    NoteResult[] results = new NoteResult[notes.size()];
    listener.started(notes.size() + missing.size());
    missing.forEach(r -> notify(listener, r));
    List<Integer> todo = reportCollisions(notes, results, listener);
    if (!todo.isEmpty() && (long) todo.size() * writers.size() < request.jobs()) {
      // the writes will leave a core idle (one note to one format): the writer loads fonts and
      // templates there while the note is read. Measured on two cores: a cold one-note run to
      // docx or pptx 4-5% sooner; to three formats no sooner (the JIT already has the core).
      Preparation.start(writers, request.options());
    }
    // fewer notes than workers (one note, typically): the idle cores write a note's formats
    // side by side instead
    ExecutorService formatPool = todo.size() < request.jobs() && writers.size() > 1
        ? pool("tsuzuri-format-", request.jobs()) : null;
    NoteConverter converter = new NoteConverter(request, writers, formatPool);
    // Ctrl-C keeps what is done: the manifest is saved on the way out (kill -9 loses at most
    // the last second of records, and those notes are simply converted again)
    Thread saveOnExit = manifest == null ? null : new Thread(() -> save(manifest));
    if (saveOnExit != null) {
      Runtime.getRuntime().addShutdownHook(saveOnExit);
    }
    try {
      runAll(notes, todo, results, request.jobs(), listener,
          note -> converter.convert(note, note.inFolderInput() ? manifest : null), manifest);
    } finally {
      if (formatPool != null) {
        formatPool.shutdown();
      }
      if (saveOnExit != null) {
        removeHook(saveOnExit);
        save(manifest);
      }
    }
    List<NoteResult> done = new ArrayList<>(missing);
    Arrays.stream(results).filter(Objects::nonNull).forEach(done::add);
    return new BatchResult(done, (System.nanoTime() - start) / 1_000_000);
  }

  private static void save(Manifest manifest) {
    try {
      manifest.save();
    } catch (IOException e) {
      // without a manifest the next run converts again; nothing is lost
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs and saves
    }
  }

  private static Path prepareOutput(Path output) {
    Path out = output.toAbsolutePath().normalize();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new TsuzuriException(output.toString(), 0,
          "cannot create the output folder: " + Messages.reason(e));
    }
    if (!Files.isWritable(out)) {
      throw new TsuzuriException(output.toString(), 0, "the output folder is not writable");
    }
    return out;
  }

  /** Fails every note whose outputs would land where an earlier note's go; returns the rest. */
  private static List<Integer> reportCollisions(List<Note> notes, NoteResult[] results,
      BatchListener listener) {
    Map<Path, Note> byTarget = new HashMap<>();
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      Note first = byTarget.putIfAbsent(n.target(), n);
      if (first == null) {
        todo.add(i);
        continue;
      }
      String msg = n.file() + ": output name collision: its outputs (" + n.stem()
          + ".*) would overwrite those of " + first.file() + "; not converted (rename one)";
      results[i] = new NoteResult(n.file(), NoteResult.Status.FAILED, List.of(), List.of(), msg,
          0, null);
      notify(listener, results[i]);
    }
    return todo;
  }

  private static void runAll(List<Note> notes, List<Integer> todo, NoteResult[] results,
      int jobs, BatchListener listener, java.util.function.Function<Note, NoteResult> convert,
      Manifest manifest) {
    ExecutorService pool = pool("tsuzuri-worker-", jobs);
    Semaphore slots = new Semaphore(jobs * 2);
    try {
      for (int i : todo) {
        slots.acquire();
        pool.execute(() -> {
          try {
            NoteResult r = convert.apply(notes.get(i));
            results[i] = r;
            notify(listener, r);
            if (manifest != null) {
              manifest.saveNowAndThen();
            }
          } catch (IOException e) {
            // the manifest is saved again at the end
          } finally {
            slots.release();
          }
        });
      }
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
        // a single note may take long; keep waiting
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService pool(String name, int threads) {
    AtomicInteger threadNumber = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private static void notify(BatchListener listener, NoteResult r) {
    try {
      listener.finished(r);
    } catch (RuntimeException e) {
      // a broken progress display must not stop the conversion
    }
  }
}
