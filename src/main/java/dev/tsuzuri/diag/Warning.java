package dev.tsuzuri.diag;

/**
 * Something the user should know about a conversion that still succeeded: an unknown shortcode,
 * a missing image, a list nested deeper than Word allows.
 *
 * @param source the input file, or ""
 * @param line the 1-based source line, or 0 when unknown
 * @param message what happened
 */
public record Warning(String source, int line, String message) {
  public Warning {
    source = source == null ? "" : source;
    java.util.Objects.requireNonNull(message, "message");
  }

  /** {@code file:line: warning: message}, leaving out the parts that are unknown. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (!source.isEmpty()) {
      b.append(source);
      if (line > 0) {
        b.append(':').append(line);
      }
      b.append(": ");
    }
    return b.append("warning: ").append(message).toString();
  }
}
