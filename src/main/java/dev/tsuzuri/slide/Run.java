package dev.tsuzuri.slide;

import java.util.Objects;

/**
 * A piece of slide text with one set of marks.
 *
 * @param text the text, never null
 * @param bold strong emphasis
 * @param italic emphasis
 * @param code inline code (and keyboard input), shown in a fixed-pitch face
 * @param strike struck out
 * @param link the hyperlink's address, or "" when the run is not a link
 * @param underline underlined
 * @param highlight highlighted like a marker pen
 * @param baseline 1 for superscript, -1 for subscript, 0 for neither
 */
public record Run(String text, boolean bold, boolean italic, boolean code, boolean strike,
    String link, boolean underline, boolean highlight, int baseline) {
  public Run {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
  }

  /** A run with the marks Markdown has. */
  public Run(String text, boolean bold, boolean italic, boolean code, boolean strike,
      String link) {
    this(text, bold, italic, code, strike, link, false, false, 0);
  }

  /** Plain, unmarked text. */
  public static Run plain(String text) {
    return new Run(text, false, false, false, false, "");
  }

  /** This run with other text and the same marks. */
  public Run withText(String newText) {
    return new Run(newText, bold, italic, code, strike, link, underline, highlight, baseline);
  }

  /** This run in bold. */
  public Run bolded() {
    return new Run(text, true, italic, code, strike, link, underline, highlight, baseline);
  }

  /** This run in italics. */
  public Run italicized() {
    return new Run(text, bold, true, code, strike, link, underline, highlight, baseline);
  }

  /** True when both runs carry the same marks. */
  public boolean sameMarks(Run other) {
    return bold == other.bold && italic == other.italic && code == other.code
        && strike == other.strike && link.equals(other.link) && underline == other.underline
        && highlight == other.highlight && baseline == other.baseline;
  }
}
