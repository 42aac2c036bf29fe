package dev.tsuzuri.convert.run;

import dev.tsuzuri.convert.internal.AtomicOutputs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folder trees, single folders and single files for changes, and hands them out in
 * batches once they have been quiet for a while (editors write a file in several steps). The
 * output folder, hidden files and folders, and tsuzuri's own temporary files never count. Used by
 * {@code convert --watch} and by {@code serve}. Not thread-safe: one thread calls {@link #next}.
 */
public final class TreeWatcher implements Closeable {
  /**
   * What changed since the last batch.
   *
   * @param paths the changed files and folders, absolute and normalised
   * @param overflow true when the system lost events: anything may have changed
   */
  public record Changes(Set<Path> paths, boolean overflow) {
    public Changes {
      paths = Set.copyOf(paths);
    }
  }

  private final WatchService service;
  private final Path output;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  /** Folders whose whole tree is watched, new subfolders included. */
  private final Set<Path> trees = new HashSet<>();
  /** Folders watched without their subfolders, all entries counting. */
  private final Set<Path> flat = new HashSet<>();
  /** Single files watched through their folder; other entries of that folder do not count. */
  private final Set<Path> files = new HashSet<>();

  /**
   * @param output the output folder, whose changes never count (null: none)
   * @throws IOException when the system has no file watching left
   */
  public TreeWatcher(Path output) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.output = output == null ? null : normal(output);
  }

  /** Watches a folder and every folder below it, except hidden ones and the output folder. */
  public void watchTree(Path root) throws IOException {
    Path r = normal(root);
    trees.add(r);
    registerTree(r);
  }

  /** Watches the entries of one folder, not its subfolders. */
  public void watchFolder(Path folder) throws IOException {
    Path f = normal(folder);
    flat.add(f);
    register(f);
  }

  /** Watches one file (through its folder, which must exist). */
  public void watchFile(Path file) throws IOException {
    Path f = normal(file);
    files.add(f);
    if (f.getParent() != null && Files.isDirectory(f.getParent())) {
      register(f.getParent());
    }
  }

  /** How many folders are watched. */
  public int folderCount() {
    return folders.size();
  }

  /**
   * Waits for changes that count, then gathers more until none came for {@code quietMillis}.
   *
   * @return the batch
   * @throws InterruptedException when interrupted or closed while waiting
   */
  public Changes next(long quietMillis) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    boolean[] overflow = {false};
    try {
      while (changed.isEmpty() && !overflow[0]) {
        handle(service.take(), changed, overflow);
      }
      WatchKey more;
      while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
        handle(more, changed, overflow);
      }
    } catch (ClosedWatchServiceException e) {
      throw new InterruptedException("the watcher was closed");
    } catch (IOException e) {
      // a new folder vanished before it could be registered: its changes still count
      overflow[0] = true;
    }
    return new Changes(changed, overflow[0]);
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  private void handle(WatchKey key, Set<Path> changed, boolean[] overflow) throws IOException {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
        overflow[0] = true;
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (!counts(folder, path)) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)
          && inTree(folder)) {
        registerTree(path);
      }
      changed.add(path);
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private boolean counts(Path folder, Path path) {
    String name = path.getFileName().toString();
    if ((output != null && path.startsWith(output)) || name.endsWith(AtomicOutputs.TEMP_SUFFIX)) {
      return false;
    }
    if (files.contains(path)) {
      return true;
    }
    return !name.startsWith(".") && (flat.contains(folder) || inTree(folder));
  }

  private boolean inTree(Path folder) {
    for (Path t : trees) {
      if (folder.startsWith(t)) {
        return true;
      }
    }
    return false;
  }

  private void registerTree(Path root) throws IOException {
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(root)) {
      dirs = walk.filter(Files::isDirectory)
          .filter(d -> output == null || !normal(d).startsWith(output))
          .filter(d -> !hidden(root.relativize(d)))
          .toList();
    }
    for (Path d : dirs) {
      register(d);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void register(Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, normal(dir));
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
