package dev.tsuzuri.cli;

import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.convert.BatchListener;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.NoteResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Tells the user how a conversion goes: a progress bar on a terminal, a line per converted note
 * otherwise, only errors with {@code --quiet}. Warnings and errors go to the error stream, one
 * line each; stack traces only with {@code --debug}.
 */
class Progress implements BatchListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean debug;
  private final boolean bar;
  /** The folder paths are shown relative to. */
  private final Path here;
  private ProgressBar progressBar;

  Progress(PrintWriter out, PrintWriter err, boolean quiet, boolean debug, boolean bar) {
    this(out, err, quiet, debug, bar, Invocation.LOCAL);
  }

  private Progress(PrintWriter out, PrintWriter err, boolean quiet, boolean debug, boolean bar,
      Invocation invocation) {
    this.here = invocation.currentFolder();
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.debug = debug;
    this.bar = bar;
  }

  /** A progress display fitting where the output goes. */
  static Progress create(PrintWriter out, PrintWriter err, boolean quiet, boolean debug,
      Invocation invocation) {
    boolean terminal = invocation.console() && !quiet;
    return new Progress(out, err, quiet, debug, terminal, invocation);
  }

  @Override
  public synchronized void started(int total) {
    if (bar && total > 1) {
      progressBar = new ProgressBarBuilder()
          .setTaskName("converting")
          .setInitialMax(total)
          .setUpdateIntervalMillis(200)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .clearDisplayOnFinish()
          .build();
    }
  }

  @Override
  public synchronized void finished(NoteResult r) {
    if (progressBar != null) {
      // clear the bar's line so messages are not drawn over it; it redraws itself
      System.err.print("\r\033[K");
      System.err.flush();
    }
    if (!quiet) {
      for (Warning w : r.warnings()) {
        err.println(w);
      }
    }
    if (r.status() == NoteResult.Status.FAILED) {
      err.println("error: " + r.error());
      if (debug && r.cause() != null) {
        r.cause().printStackTrace(err);
      }
    } else if (!quiet && progressBar == null) {
      switch (r.status()) {
        case CONVERTED -> out.println("converted " + r.input() + " -> " + listed(r.outputs(), here)
            + " (" + r.millis() + " ms)");
        case DRAFT -> out.println("skipped draft " + r.input() + " (use --drafts)");
        case FUTURE -> out.println("skipped future note " + r.input() + " (use --future)");
        case EXPIRED -> out.println("skipped expired note " + r.input() + " (use --expired)");
        default -> { }
      }
    }
    err.flush();
    out.flush();
    if (progressBar != null) {
      progressBar.step();
    }
  }

  /** Prints a line about what tsuzuri does next, unless quiet. */
  synchronized void note(String message) {
    if (!quiet) {
      err.println(message);
      err.flush();
    }
  }

  /** Closes the bar and prints the summary line. */
  synchronized void done(BatchResult result) {
    if (progressBar != null) {
      progressBar.close();
      progressBar = null;
    }
    if (!quiet) {
      out.println(result.summary());
    }
    out.flush();
  }

  /**
   * The outputs for a progress line: all of them when few, else the first few and a count, so
   * that a deck's 70 slide previews do not make one line of several thousand characters.
   */
  static String listed(java.util.List<Path> outputs) {
    return listed(outputs, Path.of("").toAbsolutePath());
  }

  private static String listed(java.util.List<Path> outputs, Path here) {
    int shownAtMost = 6;
    if (outputs.size() <= shownAtMost) {
      return outputs.stream().map(p -> shown(p, here)).collect(Collectors.joining(", "));
    }
    return outputs.stream().limit(shownAtMost - 1).map(p -> shown(p, here))
        .collect(Collectors.joining(", ")) + " and " + (outputs.size() - shownAtMost + 1)
        + " more files";
  }

  /** A path as short as it can be: relative to the folder {@code cwd} when inside it. */
  static String shown(Path p, Path cwd) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.toString();
  }
}
