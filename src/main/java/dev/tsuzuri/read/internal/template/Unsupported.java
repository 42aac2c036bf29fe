package dev.tsuzuri.read.internal.template;

/**
 * Thrown when a template uses something outside the evaluated subset, or goes past a limit; its
 * message says what ("function 'partial'"). No stack trace: it is an answer, not a failure.
 */
final class Unsupported extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unsupported(String what) {
    super(what, null, false, false);
  }
}
