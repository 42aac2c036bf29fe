package dev.tsuzuri.convert;

import dev.tsuzuri.diag.Warning;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one note in a conversion.
 *
 * @param input the note file, as the user named it (the input argument joined with the path
 *     below it)
 * @param status converted, unchanged, draft, future, expired or failed
 * @param outputs the output files the note has now (written in this run or, when unchanged, in an
 *     earlier one)
 * @param warnings what was approximated or left out
 * @param error the one-line message when the note (or one of its formats) failed, else null
 * @param millis how long the note took
 * @param cause the exception behind the error, for {@code --debug}; null when none
 */
public record NoteResult(
    Path input, Status status, List<Path> outputs, List<Warning> warnings, String error,
    long millis, Throwable cause) {

  /** The outcome of one note. */
  public enum Status {
    /** Written in this run. */
    CONVERTED,
    /** Skipped: neither the note nor the options changed since the outputs were written. */
    UNCHANGED,
    /** Skipped: the note says {@code draft: true} and drafts were not asked for. */
    DRAFT,
    /** Skipped: its publication date is still to come and future notes were not asked for. */
    FUTURE,
    /** Skipped: its expiry date has passed and expired notes were not asked for. */
    EXPIRED,
    /** Not (completely) written; {@link #error()} says why. */
    FAILED
  }

  public NoteResult {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
  }

  /** True unless the note failed. */
  public boolean ok() {
    return status != Status.FAILED;
  }
}
