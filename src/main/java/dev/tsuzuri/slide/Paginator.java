package dev.tsuzuri.slide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a run of body lines into pages that each fit a slide, as measured by a {@link Fit}.
 *
 * <p>A line is never cut while it fits a slide on its own. When a page is full, the next page
 * starts with the parents of its first line repeated (marked {@link Line#repeated()}) so the
 * reader keeps the context, and a parent left alone at the bottom of a page moves down with its
 * children. Only a line too long for a whole slide is split: at sentence ends first, then, for a
 * single enormous sentence, between characters.
 */
final class Paginator {
  /** A line longer than this is split before it is measured. */
  static final int MAX_MEASURED_CHARS = 1200;

  private final Predicate<List<Line>> fits;
  private final List<List<Line>> pages = new ArrayList<>();
  private List<Line> page = new ArrayList<>();

  private Paginator(Predicate<List<Line>> fits) {
    this.fits = fits;
  }

  /** The pages of these lines; never empty when there are lines. */
  static List<List<Line>> paginate(List<Line> lines, Predicate<List<Line>> fits) {
    Paginator p = new Paginator(fits);
    List<List<Line>> parents = ancestors(lines);
    for (int i = 0; i < lines.size(); i++) {
      p.place(lines.get(i), parents.get(i));
    }
    if (p.hasContent(p.page)) {
      p.pages.add(p.page);
    }
    return p.pages;
  }

  /** For each line, the lines it hangs under, outermost first. */
  static List<List<Line>> ancestors(List<Line> lines) {
    List<List<Line>> result = new ArrayList<>();
    List<Line> stack = new ArrayList<>();
    for (Line l : lines) {
      while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= l.level()) {
        stack.remove(stack.size() - 1);
      }
      result.add(List.copyOf(stack));
      if (l.kind() != Line.Kind.CODE) {
        stack.add(l);
      }
    }
    return result;
  }

  private void place(Line line, List<Line> parents) {
    if (line.text().length() > MAX_MEASURED_CHARS) {
      // far more than any slide holds: cut it before measuring, which costs by length
      for (Line piece : split(line)) {
        place(piece, parents);
      }
      return;
    }
    if (tryAdd(line)) {
      return;
    }
    if (hasContent(page)) {
      List<Line> previous = page;
      List<Line> carry = new ArrayList<>();
      // a parent must not end a page without any of its children
      while (previous.size() > 1) {
        Line last = previous.get(previous.size() - 1);
        int childLevel = carry.isEmpty() ? line.level() : carry.get(0).level();
        if (last.repeated() || last.level() >= childLevel
            || !hasContent(previous.subList(0, previous.size() - 1))) {
          break;
        }
        carry.add(0, previous.remove(previous.size() - 1));
      }
      pages.add(previous);
      startPage(carry.isEmpty() ? parents : parentsOf(parents, carry.get(0)));
      page.addAll(carry);
      if (tryAdd(line)) {
        return;
      }
      if (!carry.isEmpty()) {
        // the parents and the line do not fit together after all: they stay where they were
        page.removeAll(carry);
        previous.addAll(carry);
        startPage(parents);
        if (tryAdd(line)) {
          return;
        }
      }
    }
    if (!hasContent(page) && !page.isEmpty()) {
      // the repeated context alone leaves no room: show the line without it
      page.clear();
      if (tryAdd(line)) {
        return;
      }
    }
    // too long for a whole slide: split it and place the pieces
    List<Line> pieces = split(line);
    if (pieces.size() <= 1) {
      // a single character that does not fit: nothing smaller exists, keep it
      page.add(line);
      return;
    }
    for (Line piece : pieces) {
      place(piece, parents);
    }
  }

  private void startPage(List<Line> context) {
    page = new ArrayList<>();
    for (Line c : context) {
      page.add(c.asRepeated());
    }
  }

  private boolean tryAdd(Line line) {
    page.add(line);
    if (fits.test(page)) {
      return true;
    }
    page.remove(page.size() - 1);
    return false;
  }

  private boolean hasContent(List<Line> lines) {
    for (Line l : lines) {
      if (!l.repeated()) {
        return true;
      }
    }
    return false;
  }

  /** The parents that still apply above a carried line (those shallower than it). */
  private static List<Line> parentsOf(List<Line> parents, Line carried) {
    List<Line> out = new ArrayList<>();
    for (Line p : parents) {
      if (p.level() < carried.level()) {
        out.add(p);
      }
    }
    return out;
  }

  /** A long line in two or more pieces: at sentence ends, else in halves. */
  static List<Line> split(Line line) {
    List<List<Run>> parts = TextSplit.sentences(line.runs());
    if (parts.size() <= 1) {
      parts = TextSplit.halves(line.runs());
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      out.add(line.withRuns(parts.get(i), line.continued() || i > 0));
    }
    return out;
  }
}
