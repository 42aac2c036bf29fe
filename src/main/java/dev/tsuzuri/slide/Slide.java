package dev.tsuzuri.slide;

import java.util.List;
import java.util.Objects;

/**
 * One slide of a deck, free of any file format: which layout it uses, its title, body lines and
 * the extras some layouts carry.
 *
 * @param layout the kind of slide
 * @param title the title text (may be empty)
 * @param body the body lines: bullets for content slides, code lines for code slides, the
 *     subtitle for title and section slides
 * @param table the table of a {@link Layout#TABLE} slide, else null
 * @param picture the image of a {@link Layout#IMAGE} slide, or the cover of a {@link
 *     Layout#TITLE} slide; else null
 * @param notes speaker notes, one entry per paragraph
 * @param line the source line the slide's content starts at, or 0
 * @param box for a content slide whose body is one callout, the callout's kind: the writer draws
 *     the body as that kind's box (measured as any body, the box is the body's own area); else
 *     null
 * @param page the author's settings for this slide when the note cuts its own slides (Marp
 *     directives, background and side pictures), or null for a slide planned from headings
 */
public record Slide(Layout layout, List<Run> title, List<Line> body, TableContent table,
    Picture picture, List<String> notes, int line, dev.tsuzuri.outline.Callout.Kind box,
    Page page) {

  /** A slide planned from headings, without a callout box. */
  public Slide(Layout layout, List<Run> title, List<Line> body, TableContent table,
      Picture picture, List<String> notes, int line) {
    this(layout, title, body, table, picture, notes, line, null, null);
  }

  /** A slide planned from headings whose body is drawn as a callout's box. */
  public Slide(Layout layout, List<Run> title, List<Line> body, TableContent table,
      Picture picture, List<String> notes, int line, dev.tsuzuri.outline.Callout.Kind box) {
    this(layout, title, body, table, picture, notes, line, box, null);
  }

  /** A slide of a note that cuts its own slides, with the author's page settings. */
  public Slide(Layout layout, List<Run> title, List<Line> body, TableContent table,
      Picture picture, List<String> notes, int line, Page page) {
    this(layout, title, body, table, picture, notes, line, null, page);
  }

  /** The kinds of slide a deck is made of; the writer maps each to a template layout. */
  public enum Layout {
    /** The deck's opening slide: title and subtitle lines. */
    TITLE,
    /** A session or part heading on its own. */
    SECTION,
    /** A title and bullets. */
    CONTENT,
    /** A title and lines of code. */
    CODE,
    /** A title and a table. */
    TABLE,
    /** A title and one picture. */
    IMAGE
  }

  public Slide {
    Objects.requireNonNull(layout, "layout");
    title = List.copyOf(title);
    body = List.copyOf(body);
    notes = List.copyOf(notes);
  }

  /** The title as plain text. */
  public String titleText() {
    StringBuilder b = new StringBuilder();
    for (Run r : title) {
      b.append(r.text());
    }
    return b.toString();
  }

  /** A copy with further speaker notes. */
  public Slide withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new Slide(layout, title, body, table, picture, all, line, box, page);
  }
}
