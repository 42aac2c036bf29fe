package dev.tsuzuri.outline;

import java.util.List;

/**
 * Flattens inline content into leaves that carry the marks in force on them: the one place that
 * knows how bold, italic, strikethrough, the
 * HTML styles (underline, highlight, keyboard, super- and subscript) and links nest. Plain text ({@link PlainText}), slide runs
 * and Word runs are made by subclasses, which say what a leaf becomes.
 *
 * <p>A link's content is flattened with the link among its marks; {@link #link} may be
 * overridden to wrap it (a Word hyperlink element). Marks are kept in a field that is restored
 * after each container, so a subclass reads them with {@link #marks()}.
 */
public abstract class InlineFlattener extends InlineWalker {
  /**
   * The marks on a leaf.
   *
   * @param bold inside strong emphasis
   * @param italic inside emphasis
   * @param strike inside strikethrough
   * @param underline inside {@link Inline.Styled.Style#UNDERLINE}
   * @param highlight inside {@link Inline.Styled.Style#HIGHLIGHT}
   * @param keyboard inside {@link Inline.Styled.Style#KEYBOARD}
   * @param baseline 1 inside superscript, -1 inside subscript, else 0 (the innermost wins)
   * @param link the address of the innermost link, "" outside links
   */
  public record Marks(boolean bold, boolean italic, boolean strike, boolean underline,
      boolean highlight, boolean keyboard, int baseline, String link) {
    /** No marks. */
    public static final Marks NONE = new Marks(false, false, false, false, false, false, 0, "");

    /** Marks with only the first three and a link, as Markdown writes them. */
    public Marks(boolean bold, boolean italic, boolean strike, String link) {
      this(bold, italic, strike, false, false, false, 0, link);
    }

    Marks with(Inline.Styled.Style style) {
      return switch (style) {
        case UNDERLINE -> new Marks(bold, italic, strike, true, highlight, keyboard, baseline,
            link);
        case HIGHLIGHT -> new Marks(bold, italic, strike, underline, true, keyboard, baseline,
            link);
        case KEYBOARD -> new Marks(bold, italic, strike, underline, highlight, true, baseline,
            link);
        case SUPERSCRIPT -> new Marks(bold, italic, strike, underline, highlight, keyboard, 1,
            link);
        case SUBSCRIPT -> new Marks(bold, italic, strike, underline, highlight, keyboard, -1,
            link);
      };
    }

    /** These marks inside a link to {@code url}. */
    public Marks withLink(String url) {
      return new Marks(bold, italic, strike, underline, highlight, keyboard, baseline, url);
    }

    Marks withBold() {
      return new Marks(true, italic, strike, underline, highlight, keyboard, baseline, link);
    }

    Marks withItalic() {
      return new Marks(bold, true, strike, underline, highlight, keyboard, baseline, link);
    }

    Marks withStrike() {
      return new Marks(bold, italic, true, underline, highlight, keyboard, baseline, link);
    }
  }

  private Marks marks = Marks.NONE;

  /** The marks in force at the leaf being visited. */
  protected Marks marks() {
    return marks;
  }

  /** Flattens the inlines with these marks already in force (for content inside a link). */
  protected void walk(List<Inline> inlines, Marks inForce) {
    Marks was = marks;
    marks = inForce;
    walk(inlines);
    marks = was;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    walk(strong.content(), marks.withBold());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    walk(emphasis.content(), marks.withItalic());
    return null;
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough strike) {
    walk(strike.content(), marks.withStrike());
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    link(link, marks.withLink(link.url()));
    return null;
  }

  @Override
  public Void visitStyled(Inline.Styled styled) {
    walk(styled.content(), marks.with(styled.style()));
    return null;
  }

  /**
   * Flattens a link's content with the link's marks; a subclass may override to write
   * something around it, calling {@link #walk(List, Marks)}.
   */
  protected void link(Inline.Link link, Marks inside) {
    walk(link.content(), inside);
  }
}
