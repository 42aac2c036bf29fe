package dev.tsuzuri.outline;

import java.util.List;

/**
 * A {@link BlockVisitor} that descends by default: every visit of a block that holds blocks
 * (a section, a list's items, a quote, a details block, a callout, a
 * definition list's definitions) walks them, and every other visit does
 * nothing. A subclass overrides only the kinds it looks for; an override that still wants the
 * children calls {@code super}.
 *
 * <p>It recurses once per level of nesting, which the reader bounds, never per block or
 * character.
 */
public abstract class BlockWalker implements BlockVisitor<Void> {
  /** Visits the blocks in order. */
  public void walk(List<Block> blocks) {
    for (Block b : blocks) {
      b.accept(this);
    }
  }

  @Override
  public Void visitSection(Section section) {
    walk(section.blocks());
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    return null;
  }

  @Override
  public Void visitList(ListBlock list) {
    for (ListItem item : list.items()) {
      walk(item.blocks());
    }
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    return null;
  }

  @Override
  public Void visitQuote(Quote quote) {
    walk(quote.blocks());
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    return null;
  }

  @Override
  public Void visitFigure(Figure figure) {
    return null;
  }

  @Override
  public Void visitLinkCard(LinkCard card) {
    return null;
  }

  @Override
  public Void visitEmbed(Embed embed) {
    return null;
  }

  @Override
  public Void visitDetails(Details details) {
    walk(details.blocks());
    return null;
  }

  @Override
  public Void visitCallout(Callout callout) {
    walk(callout.blocks());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak rule) {
    return null;
  }

  @Override
  public Void visitDefinitionList(DefinitionList list) {
    for (DefinitionList.Item item : list.items()) {
      for (List<Block> definition : item.definitions()) {
        walk(definition);
      }
    }
    return null;
  }

  @Override
  public Void visitComment(Comment comment) {
    return null;
  }

  @Override
  public Void visitDirective(Directive directive) {
    return null;
  }
}
