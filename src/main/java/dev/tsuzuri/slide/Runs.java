package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineFlattener;
import java.util.ArrayList;
import java.util.List;

/** Turns inline content into runs, carrying the marks down to each piece of text. */
final class Runs extends InlineFlattener {
  private final List<Run> out = new ArrayList<>();

  private Runs() {}

  /** The runs of some inline content; adjacent runs with the same marks are merged. */
  static List<Run> of(List<Inline> inlines) {
    Runs v = new Runs();
    v.walk(inlines);
    return merge(v.out);
  }

  /** What a continued slide's title ends with, in the note's language. */
  static String continued(boolean japanese) {
    return japanese ? "（続き）" : " (cont.)";
  }

  /** A title with the continuation suffix added; an empty title stays empty. */
  static List<Run> withSuffix(String suffix, List<Run> title) {
    if (title.isEmpty()) {
      return title;
    }
    List<Run> r = new ArrayList<>(title);
    r.add(Run.plain(suffix));
    return r;
  }

  /** The runs in bold. */
  static List<Run> bold(List<Run> runs) {
    return runs.stream().map(Run::bolded).toList();
  }

  /** The plain text of runs. */
  static String text(List<Run> runs) {
    StringBuilder b = new StringBuilder();
    for (Run r : runs) {
      b.append(r.text());
    }
    return b.toString();
  }

  /** Runs with the text trimmed at both ends (leading and trailing blank runs dropped). */
  static List<Run> trim(List<Run> runs) {
    List<Run> r = new ArrayList<>(runs);
    while (!r.isEmpty() && r.get(0).text().isBlank()) {
      r.remove(0);
    }
    while (!r.isEmpty() && r.get(r.size() - 1).text().isBlank()) {
      r.remove(r.size() - 1);
    }
    if (!r.isEmpty()) {
      r.set(0, r.get(0).withText(r.get(0).text().stripLeading()));
      int last = r.size() - 1;
      r.set(last, r.get(last).withText(r.get(last).text().stripTrailing()));
    }
    return r;
  }

  private static List<Run> merge(List<Run> runs) {
    List<Run> merged = new ArrayList<>();
    for (Run r : runs) {
      if (r.text().isEmpty()) {
        continue;
      }
      int last = merged.size() - 1;
      if (last >= 0 && sameMarks(merged.get(last), r)) {
        merged.set(last, r.withText(merged.get(last).text() + r.text()));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  private static boolean sameMarks(Run a, Run b) {
    return a.sameMarks(b);
  }

  private void text(String s, boolean code) {
    Marks m = marks();
    out.add(new Run(s, m.bold(), m.italic(), code || m.keyboard(), m.strike(), m.link(),
        m.underline(), m.highlight(), m.baseline()));
  }

  @Override
  public Void visitText(Inline.Text text) {
    text(text.text(), false);
    return null;
  }

  @Override
  public Void visitCode(Inline.Code code) {
    text(code.code(), true);
    return null;
  }

  @Override
  protected void link(Inline.Link l, Marks inside) {
    // internal links (#heading) have no target on a slide: keep the text only
    Marks m = l.url().startsWith("#") ? inside.withLink(marks().link()) : inside;
    int before = out.size();
    walk(l.content(), m);
    if (out.size() == before) {
      walk(List.of(new Inline.Text(l.url())), m);
    }
  }

  @Override
  public Void visitImage(Inline.Image image) {
    if (image.role().isBackdrop()) {
      // a Marp background or side picture belongs to the slide, not to its text
      return null;
    }
    text(image.alt(), false);
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    text("\n", false);
    return null;
  }
}
