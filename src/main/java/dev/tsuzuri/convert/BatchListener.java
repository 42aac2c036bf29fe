package dev.tsuzuri.convert;

/**
 * Hears about a conversion's progress, for progress bars and logs. Called from worker threads;
 * implementations synchronise themselves.
 */
public interface BatchListener {
  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /** The notes have been found; {@code total} of them will be reported. */
  default void started(int total) {}

  /** One note is done (converted, skipped or failed). */
  default void finished(NoteResult result) {}
}
