package dev.tsuzuri.outline;

/**
 * One method per kind of {@link Block}; writers implement it instead of testing types by hand.
 *
 * @param <R> what each visit returns ({@link Void} when nothing)
 */
public interface BlockVisitor<R> {
  R visitSection(Section section);

  R visitParagraph(Paragraph paragraph);

  R visitList(ListBlock list);

  R visitCodeBlock(CodeBlock code);

  R visitQuote(Quote quote);

  R visitTable(Table table);

  R visitFigure(Figure figure);

  R visitLinkCard(LinkCard card);

  R visitEmbed(Embed embed);

  R visitDetails(Details details);

  R visitCallout(Callout callout);

  R visitThematicBreak(ThematicBreak rule);

  R visitDefinitionList(DefinitionList list);

  R visitComment(Comment comment);

  R visitDirective(Directive directive);
}
