package dev.tsuzuri.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Collects the warnings of one conversion, tagged with the source file. Thread-safe; the same
 * message for the same line is kept once.
 */
public final class WarningSink {
  private final String source;
  private final Consumer<Warning> listener;
  private final List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  /**
   * A sink for one input.
   *
   * @param source the input as the user named it, used in every warning
   * @param listener called once for each new warning (for printing as they come); may be null
   */
  public WarningSink(String source, Consumer<Warning> listener) {
    this.source = source == null ? "" : source;
    this.listener = listener;
  }

  /** A sink that only collects. */
  public static WarningSink collecting(String source) {
    return new WarningSink(source, null);
  }

  /** Reports a problem at a source line (0 when unknown). */
  public void warn(int line, String message) {
    if (!seen.add(line + "\u0000" + message)) {
      return;
    }
    Warning w = new Warning(source, line, message);
    warnings.add(w);
    if (listener != null) {
      listener.accept(w);
    }
  }

  /** Reports a problem not tied to a line. */
  public void warn(String message) {
    warn(0, message);
  }

  /** The input these warnings are about. */
  public String source() {
    return source;
  }

  /** The warnings so far, in the order they came. */
  public List<Warning> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }
}
