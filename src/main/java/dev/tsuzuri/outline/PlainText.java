package dev.tsuzuri.outline;

import java.util.List;

/** Flattens inline content to the text a reader would copy from it. */
public final class PlainText implements InlineVisitor<Void> {
  private final StringBuilder out = new StringBuilder();

  private PlainText() {}

  /**
   * The plain text of the inlines: marks dropped, code and link text kept, images by their alt
   * text, line breaks as {@code \n}, footnote references left out.
   */
  public static String of(List<Inline> inlines) {
    PlainText v = new PlainText();
    v.all(inlines);
    return v.out.toString();
  }

  private void all(List<Inline> inlines) {
    for (Inline i : inlines) {
      i.accept(this);
    }
  }

  @Override
  public Void visitText(Inline.Text text) {
    out.append(text.text());
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    all(strong.content());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    all(emphasis.content());
    return null;
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough strike) {
    all(strike.content());
    return null;
  }

  @Override
  public Void visitCode(Inline.Code code) {
    out.append(code.code());
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    all(link.content());
    return null;
  }

  @Override
  public Void visitImage(Inline.Image image) {
    out.append(image.alt());
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    out.append('\n');
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    return null;
  }

  @Override
  public Void visitStyled(Inline.Styled styled) {
    all(styled.content());
    return null;
  }
}
