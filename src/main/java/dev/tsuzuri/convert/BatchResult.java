package dev.tsuzuri.convert;

import java.util.List;

/**
 * The outcome of a conversion of one or more notes.
 *
 * @param notes one result per note found, in input order
 * @param millis how long the whole run took
 */
public record BatchResult(List<NoteResult> notes, long millis) {
  public BatchResult {
    notes = List.copyOf(notes);
  }

  /** How many notes ended with this status. */
  public long count(NoteResult.Status status) {
    return notes.stream().filter(n -> n.status() == status).count();
  }

  /** True when no note failed. */
  public boolean ok() {
    return notes.stream().allMatch(NoteResult::ok);
  }

  /** The notes that failed. */
  public List<NoteResult> failures() {
    return notes.stream().filter(n -> !n.ok()).toList();
  }

  /** The process exit code tsuzuri documents: 0 when every note is fine, 1 when some failed. */
  public int exitCode() {
    return ok() ? 0 : 1;
  }

  /**
   * One line: "3 converted, 1 unchanged, 0 drafts skipped, 1 failed (5 notes, 2.1 s)"; notes
   * left out as future or expired are counted after the drafts when there are any.
   */
  public String summary() {
    long unpublished = count(NoteResult.Status.FUTURE) + count(NoteResult.Status.EXPIRED);
    return String.format(java.util.Locale.ROOT,
        "%d converted, %d unchanged, %d drafts skipped, %s%d failed (%d %s, %.1f s)",
        count(NoteResult.Status.CONVERTED), count(NoteResult.Status.UNCHANGED),
        count(NoteResult.Status.DRAFT),
        unpublished == 0 ? "" : unpublished + " future or expired skipped, ",
        count(NoteResult.Status.FAILED), notes.size(),
        notes.size() == 1 ? "note" : "notes", millis / 1000.0);
  }
}
