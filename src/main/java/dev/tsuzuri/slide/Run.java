package dev.tsuzuri.slide;

import java.util.Objects;

/**
 * A piece of slide text with one set of marks.
 *
 * @param text the text, never null
 * @param bold strong emphasis
 * @param italic emphasis
 * @param code inline code, shown in a fixed-pitch face
 * @param strike struck out
 * @param link the hyperlink's address, or "" when the run is not a link
 */
public record Run(String text, boolean bold, boolean italic, boolean code, boolean strike,
    String link) {
  public Run {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
  }

  /** Plain, unmarked text. */
  public static Run plain(String text) {
    return new Run(text, false, false, false, false, "");
  }

  /** This run with other text and the same marks. */
  public Run withText(String newText) {
    return new Run(newText, bold, italic, code, strike, link);
  }

  /** This run in bold. */
  public Run bolded() {
    return new Run(text, true, italic, code, strike, link);
  }
}
