package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.outline.Inline;
import java.util.List;

/**
 * The text of a link card (a blog card, an embedded post) in Word: its title as a bold link,
 * the description, then the address and the site's domain, in one paragraph with a blue rule on
 * its left.
 */
final class LinkCardText {
  /** The card paragraph's left rule. */
  static final String RULE =
      "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"2E75B6\"/></w:pBdr>";

  private LinkCardText() {}

  /** Writes the card's text into the open paragraph. */
  static void write(InlineWriter w, String url, String title, String description,
      String domain) {
    // a card without a title shows its address once, as the title
    Inline.Text titleText = new Inline.Text(title.isBlank() ? url : title);
    w.write(List.of(new Inline.Strong(List.of(new Inline.Link(url, "", List.of(titleText))))));
    if (!description.isBlank()) {
      w.lineBreak();
      w.text(description);
    }
    if (title.isBlank()) {
      return;
    }
    w.lineBreak();
    w.write(List.of(new Inline.Link(url, "", List.of(new Inline.Text(url)))));
    if (!domain.isBlank() && !url.contains(domain)) {
      w.text(" (" + domain + ")");
    }
  }
}
