package dev.tsuzuri.outline;

import java.util.List;

/**
 * Flattens inline content into leaves that carry the marks in force on them: the one place that
 * knows how bold, italic, strikethrough and links nest. Plain text ({@link PlainText}), slide runs
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
   * @param link the address of the innermost link, "" outside links
   */
  public record Marks(boolean bold, boolean italic, boolean strike, String link) {
    /** No marks. */
    public static final Marks NONE = new Marks(false, false, false, "");
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
    walk(strong.content(), new Marks(true, marks.italic(), marks.strike(), marks.link()));
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    walk(emphasis.content(), new Marks(marks.bold(), true, marks.strike(), marks.link()));
    return null;
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough strike) {
    walk(strike.content(), new Marks(marks.bold(), marks.italic(), true, marks.link()));
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    link(link, new Marks(marks.bold(), marks.italic(), marks.strike(), link.url()));
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
