package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.write.CalloutColors;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.write.CodeToken;
import dev.tsuzuri.write.CodeTokenizer;
import dev.tsuzuri.write.TokenKind;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.ThematicBreak;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens blocks into body lines with outline levels: a list item's line followed by its
 * children one level deeper. Nothing with text is dropped; blocks that need a slide of their own
 * at the top level (code, tables, images) become lines when they sit inside a list.
 */
final class BlockLines {
  private BlockLines() {}

  /** The lines of some blocks, the outermost at {@code level}. */
  static List<Line> of(List<Block> blocks, int level) {
    List<Line> out = new ArrayList<>();
    for (Block b : blocks) {
      add(b, level, out);
    }
    return out;
  }

  /** The line of a list item's own text (its lead), numbered when the list is ordered. */
  static Line itemLine(ListBlock list, int index, ListItem item, int level) {
    List<Run> runs = new ArrayList<>();
    if (item.task() == ListItem.Task.OPEN) {
      runs.add(Run.plain("☐ "));
    } else if (item.task() == ListItem.Task.DONE) {
      runs.add(Run.plain("☑ "));
    }
    runs.addAll(Runs.trim(Runs.of(item.lead())));
    if (list.ordered()) {
      return Line.of(level, Line.Kind.NUMBER, (list.start() + index) + ".", runs);
    }
    return Line.of(level, Line.Kind.BULLET, "", runs);
  }

  /** A list item's line and all its children. */
  static void addItem(ListBlock list, int index, ListItem item, int level, List<Line> out) {
    Line lead = itemLine(list, index, item, level);
    boolean hasLead = !lead.runs().isEmpty();
    if (hasLead) {
      out.add(lead);
    }
    for (Block b : item.rest()) {
      add(b, hasLead ? level + 1 : level, out);
    }
  }

  static void add(Block b, int level, List<Line> out) {
    if (b instanceof Paragraph p) {
      List<Run> runs = Runs.trim(Runs.of(p.inlines()));
      if (!runs.isEmpty()) {
        out.add(Line.of(level, Line.Kind.PLAIN, "", runs));
      }
    } else if (b instanceof ListBlock list) {
      for (int i = 0; i < list.items().size(); i++) {
        addItem(list, i, list.items().get(i), level, out);
      }
    } else if (b instanceof Quote q) {
      for (Line l : of(q.blocks(), level)) {
        List<Run> italic = new ArrayList<>();
        for (Run r : l.runs()) {
          italic.add(r.italicized());
        }
        out.add(l.withRuns(italic, l.continued()));
      }
    } else if (b instanceof CodeBlock c) {
      for (List<Run> runs : codeLines(c)) {
        out.add(Line.of(level, Line.Kind.CODE, "", runs));
      }
    } else if (b instanceof Table t) {
      for (Table.Row r : concat(t.header(), t.body())) {
        List<Run> runs = new ArrayList<>();
        for (Table.Cell c : r.cells()) {
          if (!runs.isEmpty()) {
            runs.add(Run.plain(" | "));
          }
          runs.addAll(Runs.of(c.content()));
        }
        out.add(Line.of(level, Line.Kind.PLAIN, "", runs));
      }
    } else if (b instanceof Figure f) {
      String text = !f.alt().isBlank() ? f.alt() : f.src();
      out.add(Line.of(level, Line.Kind.PLAIN, "", List.of(Run.plain("[" + text + "]"))));
    } else if (b instanceof LinkCard card) {
      out.add(Line.of(level, Line.Kind.PLAIN, "", linkRuns(card)));
    } else if (b instanceof Embed e) {
      out.add(Line.of(level, Line.Kind.PLAIN, "", linkRuns(e)));
    } else if (b instanceof Details d) {
      List<Run> summary = Runs.trim(Runs.of(d.summary()));
      if (!summary.isEmpty()) {
        out.add(Line.of(level, Line.Kind.PLAIN, "", summary.stream().map(Run::bolded).toList()));
      }
      out.addAll(of(d.blocks(), summary.isEmpty() ? level : level + 1));
    } else if (b instanceof Callout c) {
      // inside a list a callout is its title in bold with its content under it
      out.add(Line.of(level, Line.Kind.PLAIN, "", calloutTitle(c, false)));
      out.addAll(of(c.blocks(), level + 1));
    } else if (b instanceof DefinitionList dl) {
      for (DefinitionList.Item item : dl.items()) {
        List<Run> term = Runs.trim(Runs.of(item.term()));
        if (!term.isEmpty()) {
          out.add(Line.of(level, Line.Kind.PLAIN, "", term.stream().map(Run::bolded).toList()));
        }
        for (List<Block> definition : item.definitions()) {
          out.addAll(of(definition, term.isEmpty() ? level : level + 1));
        }
      }
    } else if (b instanceof Section s) {
      out.add(Line.of(level, Line.Kind.PLAIN, "", Runs.of(s.title()).stream()
          .map(Run::bolded).toList()));
      out.addAll(of(s.blocks(), level + 1));
    } else if (b instanceof ThematicBreak || b instanceof Comment) {
      // a rule inside a list has no text; comments become speaker notes at the top level only
    }
  }

  /** A callout's title line as bold runs: its own title, else its kind's name. */
  static List<Run> calloutTitle(Callout c, boolean japanese) {
    List<Run> runs = Runs.trim(Runs.of(CalloutColors.title(c, japanese)));
    return runs.stream().map(Run::bolded).toList();
  }

  /** A link card's line: its title (or address) as a link, then the site's name. */
  static List<Run> linkRuns(LinkCard card) {
    String label = card.title().isBlank() ? card.url() : card.title();
    List<Run> runs = new ArrayList<>();
    runs.add(new Run(label, false, false, false, false, card.url()));
    if (!card.title().isBlank() && !card.domain().isEmpty()) {
      runs.add(Run.plain(" — " + card.domain()));
    }
    return runs;
  }

  /** An embed's line: its label as a link to the content. */
  static List<Run> linkRuns(Embed e) {
    String label = e.label().isBlank() ? e.url() : e.label();
    return List.of(Run.plain("▶ "), new Run(label, false, false, false, false, e.url()));
  }

  /**
   * The lines of a code block as runs coloured by {@link CodeTokenizer} (a comment or string
   * that spans lines keeps its kind on each), tabs expanded, trailing blanks dropped; at least
   * one line, and at least one run on each.
   */
  static List<List<Run>> codeLines(CodeBlock c) {
    List<List<Run>> lines = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    for (CodeToken t : CodeTokenizer.tokens(c.language(), c.code())) {
      String text = t.text();
      int start = 0;
      while (true) {
        int nl = text.indexOf('\n', start);
        String piece = text.substring(start, nl < 0 ? text.length() : nl);
        if (!piece.isEmpty()) {
          line.add(Run.codeToken(piece.replace("\t", "    "), t.kind()));
        }
        if (nl < 0) {
          break;
        }
        lines.add(stripTrailing(line));
        line = new ArrayList<>();
        start = nl + 1;
      }
    }
    lines.add(stripTrailing(line));
    while (lines.size() > 1 && lines.get(lines.size() - 1).get(0).text().isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static List<Run> stripTrailing(List<Run> runs) {
    while (!runs.isEmpty()) {
      int last = runs.size() - 1;
      String s = runs.get(last).text().stripTrailing();
      if (!s.isEmpty()) {
        runs.set(last, runs.get(last).withText(s));
        break;
      }
      runs.remove(last);
    }
    return runs.isEmpty() ? List.of(Run.codeToken("", TokenKind.PLAIN)) : runs;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
