package dev.tsuzuri.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns what went wrong into the one line a user reads: {@code file:line: reason}. A {@link
 * TsuzuriException} speaks for itself; file-system errors are put in words; anything else is a bug
 * and says so ("internal error converting …") without a stack trace.
 */
public final class Messages {
  private Messages() {}

  /**
   * The message for a failure.
   *
   * @param t what was thrown
   * @param note the note as the user named it
   * @param format the format being written, or null while reading
   */
  public static String describe(Throwable t, String note, String format) {
    String writing = format == null ? "" : " (" + format + ")";
    if (t instanceof TsuzuriException te) {
      return te.in(note).describe() + writing;
    }
    if (t instanceof NoSuchFileException e) {
      return note + ": file not found" + (same(e.getFile(), note) ? "" : ": " + e.getFile())
          + writing;
    }
    if (t instanceof AccessDeniedException e) {
      return note + ": permission denied: " + e.getFile() + writing;
    }
    if (t instanceof FileSystemException e) {
      String what = format == null ? "cannot read " : "cannot write ";
      return note + ": " + what + e.getFile() + ": "
          + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + writing;
    }
    if (t instanceof IOException e) {
      String what = format == null ? "cannot read the note: " : "cannot write " + format + ": ";
      return note + ": " + what + (e.getMessage() != null ? e.getMessage() : e.toString());
    }
    String target = format == null ? "" : " to " + format;
    return "internal error converting " + note + target + ": " + oneLine(t.toString());
  }

  /** Why a file operation failed, in a few words ("permission denied"). */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way: " + e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * Rethrows errors of the virtual machine itself, which end the run; a deep note's stack
   * overflow and a note too large for memory are failures of that note.
   */
  public static void rethrowFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)
        && !(t instanceof OutOfMemoryError)) {
      throw (VirtualMachineError) t;
    }
  }

  private static boolean same(String file, String note) {
    if (file == null) {
      return true;
    }
    try {
      return java.nio.file.Path.of(file).toAbsolutePath().normalize()
          .equals(java.nio.file.Path.of(note).toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
