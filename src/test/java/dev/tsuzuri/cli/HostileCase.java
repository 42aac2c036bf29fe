package dev.tsuzuri.cli;

import dev.tsuzuri.read.NoteReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One hostile input for {@link HostileInputTest}: how to make it, which formats to write, and what
 * the run must end in.
 *
 * @param category the category (resources, html, text, limits, markdown, malformed,
 *     faults)
 * @param name what the case is
 * @param setup writes the input files into a fresh folder and returns the command-line arguments
 *     that name them (inputs and options, without {@code -t} and {@code -o})
 * @param formats the formats to write, comma-separated
 * @param outcome how the run must end
 * @param expect text the error stream must contain (a warning or the error), or null
 * @param named what the one-line error must name (a file), when the outcome is a failure
 * @param reader the reader to use instead of the Markdown reader (given the case's folder), or
 *     null
 * @param noImages true when no output may contain an image (everything referred to is refused)
 * @param kept text every JSON and Word output must contain, as written
 */
record HostileCase(String category, String name, Setup setup, String formats, Outcome outcome,
    String expect, String named, Function<Path, NoteReader> reader, boolean noImages,
    List<String> kept) {

  /** How a run must end. */
  enum Outcome {
    /** Exit 0 and every output written. */
    CONVERTS,
    /** Exit 1 with a one-line message. */
    FAILS,
    /** Either, cleanly. */
    EITHER
  }

  /** Makes a case's input. */
  @FunctionalInterface
  interface Setup {
    List<String> prepare(Path dir, HostileEnv env) throws Exception;
  }

  static HostileCase of(String category, String name, String formats, Outcome outcome,
      String expect, Setup setup) {
    return new HostileCase(category, name, setup, formats, outcome, expect, "note.md", null,
        false, List.of());
  }

  HostileCase naming(String file) {
    return new HostileCase(category, name, setup, formats, outcome, expect, file, reader,
        noImages, kept);
  }

  HostileCase withoutImages() {
    return new HostileCase(category, name, setup, formats, outcome, expect, named, reader, true,
        kept);
  }

  HostileCase readingWith(Function<Path, NoteReader> r) {
    return new HostileCase(category, name, setup, formats, outcome, expect, named, r, noImages,
        kept);
  }

  /** A case known to fail, skipped with the reason until it is fixed. */
  HostileCase open(String reason) {
    return new HostileCase(category, name + " [open: " + reason + "]", setup, formats, outcome,
        expect, named, reader, noImages, kept);
  }

  HostileCase failing(String message) {
    return new HostileCase(category, name, setup, formats, Outcome.FAILS, message, named, reader,
        noImages, kept);
  }

  HostileCase keeping(String... text) {
    return new HostileCase(category, name, setup, formats, outcome, expect, named, reader,
        noImages, List.of(text));
  }

  @Override
  public String toString() {
    return category + ": " + name;
  }
}
