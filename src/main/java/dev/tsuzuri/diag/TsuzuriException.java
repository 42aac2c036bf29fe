package dev.tsuzuri.diag;

/**
 * A conversion failed for a reason the user can act on: bad input, a missing template, an
 * unwritable folder. Its message is meant to be printed as it is, without a stack trace.
 */
public class TsuzuriException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * A problem with a source file at a line.
   *
   * @param source the file (or other input) the problem is in, as the user named it; may be ""
   * @param line the 1-based line, or 0 when unknown
   * @param message what is wrong, in words a user understands
   */
  public TsuzuriException(String source, int line, String message) {
    this(source, line, message, null);
  }

  /** Like {@link #TsuzuriException(String, int, String)}, keeping the underlying cause. */
  public TsuzuriException(String source, int line, String message, Throwable cause) {
    super(message, cause);
    this.source = source == null ? "" : source;
    this.line = line;
  }

  /** A problem not tied to a file. */
  public TsuzuriException(String message) {
    this("", 0, message, null);
  }

  /** The input the problem is in, or "". */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0. */
  public int line() {
    return line;
  }

  /** A copy of this problem attributed to a source file, unless it already names one. */
  public TsuzuriException in(String file) {
    return source.isEmpty() ? new TsuzuriException(file, line, getMessage(), this) : this;
  }

  /** The message as printed: {@code file:line: message}, leaving out the parts that are unknown. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (!source.isEmpty()) {
      b.append(source);
      if (line > 0) {
        b.append(':').append(line);
      }
      b.append(": ");
    }
    return b.append(getMessage()).toString();
  }
}
