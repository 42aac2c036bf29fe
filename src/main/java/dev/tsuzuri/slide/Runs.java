package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineVisitor;
import java.util.ArrayList;
import java.util.List;

/** Turns inline content into runs, carrying the marks down to each piece of text. */
final class Runs implements InlineVisitor<Void> {
  private final List<Run> out = new ArrayList<>();
  private boolean bold;
  private boolean italic;
  private boolean strike;
  private boolean underline;
  private boolean highlight;
  private boolean code;
  private int baseline;
  private String link = "";

  private Runs() {}

  /** The runs of some inline content; adjacent runs with the same marks are merged. */
  static List<Run> of(List<Inline> inlines) {
    Runs v = new Runs();
    v.all(inlines);
    return merge(v.out);
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

  private void all(List<Inline> inlines) {
    for (Inline i : inlines) {
      i.accept(this);
    }
  }

  private void text(String s, boolean isCode) {
    out.add(new Run(s, bold, italic, isCode || code, strike, link, underline, highlight,
        baseline));
  }

  @Override
  public Void visitText(Inline.Text text) {
    text(text.text(), false);
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    boolean was = bold;
    bold = true;
    all(strong.content());
    bold = was;
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    boolean was = italic;
    italic = true;
    all(emphasis.content());
    italic = was;
    return null;
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough s) {
    boolean was = strike;
    strike = true;
    all(s.content());
    strike = was;
    return null;
  }

  @Override
  public Void visitCode(Inline.Code code) {
    text(code.code(), true);
    return null;
  }

  @Override
  public Void visitLink(Inline.Link l) {
    String was = link;
    // internal links (#heading) have no target on a slide: keep the text only
    link = l.url().startsWith("#") ? was : l.url();
    int before = out.size();
    all(l.content());
    if (out.size() == before) {
      text(l.url(), false);
    }
    link = was;
    return null;
  }

  @Override
  public Void visitImage(Inline.Image image) {
    text(image.alt(), false);
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    text("\n", false);
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    return null;
  }

  @Override
  public Void visitStyled(Inline.Styled styled) {
    boolean wasUnderline = underline;
    boolean wasHighlight = highlight;
    boolean wasCode = code;
    int wasBaseline = baseline;
    switch (styled.style()) {
      case UNDERLINE -> underline = true;
      case HIGHLIGHT -> highlight = true;
      case KEYBOARD -> code = true;
      case SUPERSCRIPT -> baseline = 1;
      case SUBSCRIPT -> baseline = -1;
    }
    all(styled.content());
    underline = wasUnderline;
    highlight = wasHighlight;
    code = wasCode;
    baseline = wasBaseline;
    return null;
  }
}
