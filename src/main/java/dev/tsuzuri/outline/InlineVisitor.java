package dev.tsuzuri.outline;

/**
 * One method per kind of {@link Inline}.
 *
 * @param <R> what each visit returns ({@link Void} when nothing)
 */
public interface InlineVisitor<R> {
  R visitText(Inline.Text text);

  R visitStrong(Inline.Strong strong);

  R visitEmphasis(Inline.Emphasis emphasis);

  R visitStrikethrough(Inline.Strikethrough strike);

  R visitCode(Inline.Code code);

  R visitLink(Inline.Link link);

  R visitImage(Inline.Image image);

  R visitLineBreak(Inline.LineBreak lineBreak);

  R visitFootnoteRef(Inline.FootnoteRef ref);

  R visitStyled(Inline.Styled styled);
}
