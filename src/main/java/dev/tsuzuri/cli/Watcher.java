package dev.tsuzuri.cli;

import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.run.TreeWatcher;
import dev.tsuzuri.convert.run.Converter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    try (TreeWatcher watcher = new TreeWatcher(output)) {
      for (Path input : request.inputs()) {
        if (Files.isDirectory(input)) {
          watcher.watchTree(input);
        } else {
          Path parent = input.toAbsolutePath().getParent();
          if (parent != null && Files.isDirectory(parent)) {
            watcher.watchFolder(parent);
          }
        }
      }
      int folders = watcher.folderCount();
      progress.note("watching " + folders + (folders == 1 ? " folder" : " folders")
          + " for changes; Ctrl-C stops");
      while (!Thread.currentThread().isInterrupted()) {
        watcher.next(QUIET_MS);
        afterRun.accept(Converter.run(request, progress));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
