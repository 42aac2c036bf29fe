package dev.tsuzuri.cli;

/** The command line or the project config asks for something impossible: exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
