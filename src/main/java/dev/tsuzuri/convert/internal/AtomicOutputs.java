package dev.tsuzuri.convert.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.Outputs;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Outputs that appear all at once or not at all: every file goes to a hidden temporary file in
 * its target folder and is renamed over the target only on {@link #commit()}. {@link #rollback()}
 * deletes the temporary files, so a failed writer leaves no half file and does not clobber a good
 * output from an earlier run.
 *
 * <p>One instance serves one writer run on one thread.
 */
public final class AtomicOutputs implements Outputs {
  /** The suffix of temporary files; leftovers of a killed run are removed by the next one. */
  public static final String TEMP_SUFFIX = ".tsuzuri-tmp";

  private final Path folder;
  private final Map<String, Pending> pending = new LinkedHashMap<>();

  private record Pending(Path temp, Path target, OutputStream stream) {}

  /** Outputs whose names resolve against this folder (created as needed). */
  public AtomicOutputs(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  @Override
  public OutputStream open(String name) throws IOException {
    Path target = folder.resolve(name).normalize();
    if (name.isBlank() || Path.of(name).isAbsolute() || !target.startsWith(folder)
        || target.equals(folder)) {
      throw new TsuzuriException("a writer asked for an output outside the output folder: "
          + name);
    }
    if (pending.containsKey(name)) {
      throw new TsuzuriException("a writer opened the output " + name + " twice");
    }
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
    OutputStream raw = Files.newOutputStream(temp);
    OutputStream stream = new FilterOutputStream(raw) {
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          super.close();
        }
      }
    };
    pending.put(name, new Pending(temp, target, stream));
    return stream;
  }

  /** The names opened so far, in order. */
  public List<String> names() {
    return List.copyOf(pending.keySet());
  }

  /**
   * Closes any stream the writer left open and renames every temporary file over its target.
   *
   * @return the files written
   */
  public List<Path> commit() throws IOException {
    for (Pending p : pending.values()) {
      p.stream().close();
    }
    List<Path> done = new ArrayList<>();
    for (Pending p : pending.values()) {
      try {
        Files.move(p.temp(), p.target(), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(p.temp(), p.target(), StandardCopyOption.REPLACE_EXISTING);
      }
      done.add(p.target());
    }
    pending.clear();
    return done;
  }

  /** Closes and deletes every temporary file; targets are left as they were. */
  public void rollback() {
    for (Pending p : pending.values()) {
      try {
        p.stream().close();
      } catch (IOException | RuntimeException e) {
        // a full disk can fail the close too; the file is deleted below either way
      }
      try {
        Files.deleteIfExists(p.temp());
      } catch (IOException e) {
        // nothing more can be done; the next run removes leftovers
      }
    }
    pending.clear();
  }

  /**
   * Deletes temporary files a killed run left in a folder.
   *
   * @param folder the output folder
   * @param depth how deep to look: 1 for the folder itself, more for the tree below it
   */
  public static void removeLeftovers(Path folder, int depth) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var files = Files.walk(folder, depth)) {
      files.filter(f -> f.getFileName().toString().endsWith(TEMP_SUFFIX)
              && f.getFileName().toString().startsWith("."))
          .forEach(f -> {
            try {
              Files.deleteIfExists(f);
            } catch (IOException e) {
              // left for a later run
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      // an unreadable corner of the output folder does not stop the batch
    }
  }
}
