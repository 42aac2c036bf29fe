package dev.tsuzuri.cli;

import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.run.Converter;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --watch}: converts again whenever something under the inputs changes, until the thread
 * is interrupted. Changes are gathered until the inputs have been quiet for {@value #QUIET_MS} ms,
 * then one incremental run converts whatever changed (the manifest skips the rest).
 */
final class Watcher {
  /** How long the inputs must be quiet before a run: editors write a file in several steps. */
  static final long QUIET_MS = 300;

  private final ConvertRequest request;
  private final Progress progress;
  private final java.util.function.Consumer<BatchResult> afterRun;
  private final Path output;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /**
   * @param request what to convert on a change
   * @param progress hears about each run's notes
   * @param afterRun called with each run's result (summary, report)
   */
  Watcher(ConvertRequest request, Progress progress,
      java.util.function.Consumer<BatchResult> afterRun) {
    this.request = request;
    this.progress = progress;
    this.afterRun = afterRun;
    this.output = request.output().toAbsolutePath().normalize();
  }

  /** Watches until interrupted. */
  void run() throws IOException {
    try (WatchService service = FileSystems.getDefault().newWatchService()) {
      for (Path input : request.inputs()) {
        if (Files.isDirectory(input)) {
          registerTree(service, input);
        } else {
          Path parent = input.toAbsolutePath().getParent();
          if (parent != null && Files.isDirectory(parent)) {
            register(service, parent);
          }
        }
      }
      progress.note("watching " + folders.size() + (folders.size() == 1 ? " folder" : " folders")
          + " for changes; Ctrl-C stops");
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = service.take();
        boolean changed = handle(service, key);
        WatchKey more;
        while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
          changed |= handle(service, more);
        }
        if (changed) {
          afterRun.accept(Converter.run(request, progress));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean handle(WatchService service, WatchKey key) throws IOException {
    Path folder = folders.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path changed = folder.resolve((Path) event.context());
      String name = changed.getFileName().toString();
      if (changed.toAbsolutePath().normalize().startsWith(output)
          || name.endsWith(Converter.TEMP_SUFFIX) || name.startsWith(".")) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        registerTree(service, changed);
      }
      relevant = true;
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return relevant;
  }

  private void registerTree(WatchService service, Path root) throws IOException {
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(root)) {
      dirs = walk.filter(Files::isDirectory)
          .filter(d -> !d.toAbsolutePath().normalize().startsWith(output))
          .filter(d -> !hidden(root.relativize(d)))
          .toList();
    }
    for (Path d : dirs) {
      register(service, d);
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

  private void register(WatchService service, Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, dir);
  }
}
