package dev.tsuzuri.outline;

import java.util.List;

/**
 * An {@link InlineVisitor} that descends by default: strong, emphasis, strikethrough, styled and
 * link visits walk their content, leaf visits do nothing. A subclass overrides the kinds it needs.
 */
public abstract class InlineWalker implements InlineVisitor<Void> {
  /** Visits the inlines in order. */
  public void walk(List<Inline> inlines) {
    for (Inline i : inlines) {
      i.accept(this);
    }
  }

  @Override
  public Void visitText(Inline.Text text) {
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    walk(strong.content());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    walk(emphasis.content());
    return null;
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough strike) {
    walk(strike.content());
    return null;
  }

  @Override
  public Void visitCode(Inline.Code code) {
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    walk(link.content());
    return null;
  }

  @Override
  public Void visitImage(Inline.Image image) {
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    return null;
  }

  @Override
  public Void visitStyled(Inline.Styled styled) {
    walk(styled.content());
    return null;
  }
}
