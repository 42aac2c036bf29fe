package dev.tsuzuri.cli;

import java.nio.file.Path;

/**
 * Where a command runs on behalf of: the folder its relative paths are relative to, and whether
 * its output goes to a terminal. A command typed at a shell runs {@link #LOCAL}ly; one handed to
 * a running {@code tsuzuri serve} ({@link Handoff}) runs for the caller's folder, with no
 * terminal.
 *
 * @param workingDir the caller's current folder, or null for this process's own
 * @param console whether a terminal shows the output (a progress bar is drawn only then)
 */
record Invocation(Path workingDir, boolean console) {
  /** A command run by this process for itself. */
  static final Invocation LOCAL = new Invocation(null, System.console() != null);

  /** The path as the caller means it: relative ones against the caller's folder. */
  Path resolve(Path p) {
    return workingDir == null ? p : workingDir.resolve(p);
  }

  /** The caller's current folder, absolute. */
  Path currentFolder() {
    return workingDir == null ? Path.of("").toAbsolutePath() : workingDir;
  }
}
