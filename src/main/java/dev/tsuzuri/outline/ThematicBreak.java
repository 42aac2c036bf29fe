package dev.tsuzuri.outline;

/**
 * A horizontal rule: {@code ---} between paragraphs, or an HTML {@code <hr>}.
 *
 * @param line the 1-based source line, or 0
 * @param fromHtml true for an {@code <hr>} of raw HTML or a site's shortcode template: drawn as a
 *     rule, but never a slide break (Marp and pandoc cut slides only at Markdown's own rules)
 */
public record ThematicBreak(int line, boolean fromHtml) implements Block {
  /** A rule written in Markdown. */
  public ThematicBreak(int line) {
    this(line, false);
  }

  /** True when the author wrote this rule in Markdown, so a slide may break here. */
  public boolean cutsSlides() {
    return !fromHtml;
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitThematicBreak(this);
  }
}
