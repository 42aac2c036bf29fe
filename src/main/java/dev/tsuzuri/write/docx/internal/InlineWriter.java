package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineVisitor;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.XmlChars;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Writes inline content as Word runs into one open paragraph: marks as run properties, code in
 * the "Verbatim Char" style, links as {@code w:hyperlink}, footnote references as real footnotes.
 */
final class InlineWriter implements InlineVisitor<Void> {
  private final Conversion cx;
  private final Target target;
  private final StringBuilder out;
  private final boolean inFootnote;
  private final boolean monospace;
  private boolean bold;
  private boolean italic;
  private boolean strike;
  private boolean underline;
  private boolean highlight;
  private boolean keyboard;
  /** 1 for superscript, -1 for subscript, 0 for neither. */
  private int raised;
  private boolean link;
  /** Empty hyperlinks of links inside a link, which follow the outer link's element. */
  private StringBuilder afterLink;

  /**
   * @param monospace whether every run is in the code font (code inside list items)
   */
  InlineWriter(Conversion cx, Target target, boolean inFootnote, boolean monospace) {
    this.cx = cx;
    this.target = target;
    this.out = target.out;
    this.inFootnote = inFootnote;
    this.monospace = monospace;
  }

  /** Writes the inlines at the end of the paragraph. */
  void write(List<Inline> inlines) {
    for (Inline i : inlines) {
      i.accept(this);
    }
  }

  /** Writes plain text with the current marks; newlines become breaks, tabs tabs. */
  void text(String raw) {
    text(raw, null);
  }

  /** Like {@link #text(String)}, the text runs in a character style (null for none). */
  void text(String raw, String charStyleName) {
    String s = XmlChars.clean(raw).replace("\r\n", "\n").replace('\r', '\n');
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      if (c == '\n' || c == '\t') {
        if (i > start) {
          run(charStyleName, null);
          t(out, s.substring(start, i)).append("</w:r>");
        }
        if (i < s.length()) {
          run(null, null);
          out.append(c == '\n' ? "<w:br/>" : "<w:tab/>").append("</w:r>");
        }
        start = i + 1;
      }
    }
  }

  /** A line break run. */
  void lineBreak() {
    run(null, null);
    out.append("<w:br/></w:r>");
  }

  /**
   * Opens a run carrying the current marks and, if given, a character style.
   *
   * @param last run properties after the marks (a superscript), or null
   */
  void run(String charStyleName, String last) {
    out.append("<w:r>");
    boolean code = charStyleName != null;
    if (!code && !link && !bold && !italic && !strike && !monospace && last == null
        && !underline && !highlight && !keyboard && raised == 0) {
      return;
    }
    out.append("<w:rPr>");
    if (code) {
      style(charStyleName);
    } else if (link) {
      style(StyleNames.HYPERLINK);
    } else if (keyboard && !monospace) {
      style(StyleNames.KEYBOARD_CHAR);
    }
    if (monospace) {
      out.append(RunFormat.MONOSPACE);
    }
    if (bold) {
      out.append("<w:b/><w:bCs/>");
    }
    if (italic) {
      out.append("<w:i/><w:iCs/>");
    }
    if (strike) {
      out.append("<w:strike/>");
    }
    if (monospace) {
      out.append(RunFormat.MONOSPACE_SIZE);
    }
    // the schema's order: highlight, u, vertAlign
    if (highlight) {
      out.append("<w:highlight w:val=\"yellow\"/>");
    }
    if (underline) {
      out.append("<w:u w:val=\"single\"/>");
    }
    if (last != null) {
      out.append(last);
    } else if (raised != 0) {
      out.append(raised > 0 ? "<w:vertAlign w:val=\"superscript\"/>"
          : "<w:vertAlign w:val=\"subscript\"/>");
    }
    out.append("</w:rPr>");
  }

  private void style(String name) {
    XmlText.attribute(out.append("<w:rStyle w:val=\""), cx.style(name)).append("\"/>");
  }

  /** Appends a text element keeping its spaces. */
  static StringBuilder t(StringBuilder out, String s) {
    out.append("<w:t xml:space=\"preserve\">");
    return XmlText.text(out, s).append("</w:t>");
  }

  @Override
  public Void visitText(Inline.Text text) {
    text(text.text());
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    boolean was = bold;
    bold = true;
    write(strong.content());
    bold = was;
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    boolean was = italic;
    italic = true;
    write(emphasis.content());
    italic = was;
    return null;
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough s) {
    boolean was = strike;
    strike = true;
    write(s.content());
    strike = was;
    return null;
  }

  @Override
  public Void visitCode(Inline.Code code) {
    String s = XmlChars.clean(code.code()).replace('\n', ' ');
    cx.codeText(s);
    run(monospace ? null : StyleNames.VERBATIM_CHAR, null);
    t(out, s).append("</w:r>");
    return null;
  }

  @Override
  public Void visitLink(Inline.Link l) {
    String url = XmlChars.clean(l.url()).strip();
    String element = hyperlink(url, cx.line());
    if (element == null || link) {
      if (element != null) {
        // a link inside a link: its (empty) element follows the outer one, as POI placed it
        afterLink.append(element).append("/>");
      }
      write(l.content());
      return null;
    }
    out.append(element).append('>');
    int contentStart = out.length();
    link = true;
    afterLink = new StringBuilder();
    write(l.content());
    if (PlainText.of(l.content()).isEmpty() && !hasImage(l.content())) {
      text(url);
    }
    link = false;
    WordXml.close(out, contentStart, "w:hyperlink");
    out.append(afterLink);
    afterLink = null;
    return null;
  }

  /** True when the content shows a picture (a linked thumbnail needs no address as text). */
  private static boolean hasImage(List<Inline> content) {
    for (Inline i : content) {
      if (i instanceof Inline.Image) {
        return true;
      }
    }
    return false;
  }

  /** A hyperlink's start tag without its {@code >}, or null when it cannot be one. */
  private String hyperlink(String url, int line) {
    Optional<LinkPolicy.Target> kept = cx.links.check(url);
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.get().kind() == LinkPolicy.Kind.ANCHOR) {
      String bookmark = cx.bookmarks.get(kept.get().anchor());
      if (bookmark == null) {
        cx.warnOnce(line, "link to a heading that does not exist: " + url);
        return null;
      }
      return XmlText.attribute(new StringBuilder("<w:hyperlink w:anchor=\""), bookmark)
          .append('"').toString();
    }
    return "<w:hyperlink r:id=\"" + target.relationships.hyperlink(kept.get().address()) + "\"";
  }

  @Override
  public Void visitImage(Inline.Image image) {
    Images.inline(cx, target, this, image);
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    lineBreak();
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    Long id = inFootnote ? null : cx.footnotes.get(ref.label());
    if (!inFootnote && id == null) {
      Optional<Footnote> note = cx.sourceFootnote(ref.label());
      if (note.isPresent()) {
        BigInteger created = Footnotes.create(cx, note.get());
        out.append("<w:r><w:rPr>");
        style(StyleNames.FOOTNOTE_REFERENCE);
        out.append("</w:rPr><w:footnoteReference w:id=\"").append(created).append("\"/></w:r>");
        return null;
      }
    }
    // a second reference to the same note, or a reference inside a footnote (Word allows
    // neither): the number as a superscript
    run(null, "<w:vertAlign w:val=\"superscript\"/>");
    t(out, Integer.toString(ref.number())).append("</w:r>");
    return null;
  }

  @Override
  public Void visitStyled(Inline.Styled styled) {
    boolean wasUnderline = underline;
    boolean wasHighlight = highlight;
    boolean wasKeyboard = keyboard;
    int wasRaised = raised;
    switch (styled.style()) {
      case UNDERLINE -> underline = true;
      case HIGHLIGHT -> highlight = true;
      case KEYBOARD -> keyboard = true;
      case SUPERSCRIPT -> raised = 1;
      case SUBSCRIPT -> raised = -1;
    }
    write(styled.content());
    underline = wasUnderline;
    highlight = wasHighlight;
    keyboard = wasKeyboard;
    raised = wasRaised;
    return null;
  }
}
