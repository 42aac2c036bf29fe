package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineVisitor;
import dev.tsuzuri.outline.PlainText;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * Writes inline content as Word runs into one paragraph: marks as run properties, code in the
 * "Verbatim Char" style, links as {@code w:hyperlink}, footnote references as real footnotes.
 */
final class InlineWriter implements InlineVisitor<Void> {
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

  private final Conversion cx;
  private final Target target;
  private final CTP paragraph;
  private final boolean inFootnote;
  private final RunFormat direct;
  private Supplier<CTR> runs;
  private boolean bold;
  private boolean italic;
  private boolean strike;
  private boolean link;

  /**
   * @param direct formatting every run gets (monospace in code-like paragraphs), or null
   */
  InlineWriter(Conversion cx, Target target, CTP paragraph, boolean inFootnote,
      RunFormat direct) {
    this.cx = cx;
    this.target = target;
    this.paragraph = paragraph;
    this.inFootnote = inFootnote;
    this.direct = direct;
    this.runs = paragraph::addNewR;
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
          CTR r = run(charStyleName);
          setText(r.addNewT(), s.substring(start, i));
        }
        if (i < s.length()) {
          CTR r = run(null);
          if (c == '\n') {
            r.addNewBr();
          } else {
            r.addNewTab();
          }
        }
        start = i + 1;
      }
    }
  }

  /** A line break run. */
  void lineBreak() {
    run(null).addNewBr();
  }

  /** A run carrying the current marks and, if given, a character style. */
  CTR run(String charStyleName) {
    CTR r = runs.get();
    boolean code = charStyleName != null;
    if (!code && !link && !bold && !italic && !strike && direct == null) {
      return r;
    }
    CTRPr pr = r.addNewRPr();
    if (code) {
      pr.addNewRStyle().setVal(cx.style(charStyleName));
    } else if (link) {
      pr.addNewRStyle().setVal(cx.style(StyleNames.HYPERLINK));
    }
    if (direct != null) {
      direct.apply(pr);
    }
    if (bold) {
      pr.addNewB();
      pr.addNewBCs();
    }
    if (italic) {
      pr.addNewI();
      pr.addNewICs();
    }
    if (strike) {
      pr.addNewStrike();
    }
    return r;
  }

  static void setText(CTText t, String s) {
    t.setStringValue(s);
    t.setSpace(SpaceAttribute.Space.PRESERVE);
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
    setText(run(direct != null ? null : StyleNames.VERBATIM_CHAR).addNewT(), s);
    return null;
  }

  @Override
  public Void visitLink(Inline.Link l) {
    String url = XmlChars.clean(l.url()).strip();
    CTHyperlink h = hyperlink(url, 0);
    if (h == null || link) {
      write(l.content());
      return null;
    }
    Supplier<CTR> outer = runs;
    runs = h::addNewR;
    link = true;
    write(l.content());
    if (PlainText.of(l.content()).isEmpty()) {
      text(url);
    }
    link = false;
    runs = outer;
    return null;
  }

  /** A hyperlink element for the URL, or null when it cannot be one (then text is written). */
  private CTHyperlink hyperlink(String url, int line) {
    if (url.startsWith("#")) {
      String bookmark = cx.bookmarks.get(url.substring(1));
      if (bookmark == null) {
        cx.warnOnce(line, "link to a heading that does not exist: " + url);
        return null;
      }
      CTHyperlink h = paragraph.addNewHyperlink();
      h.setAnchor(bookmark);
      return h;
    }
    Optional<String> safe = Links.external(url);
    if (safe.isEmpty()) {
      cx.warnOnce(line, "link left out (not a web or mail address): " + url);
      return null;
    }
    try {
      CTHyperlink h = paragraph.addNewHyperlink();
      h.setId(cx.hyperlink(target.part(), safe.get()));
      return h;
    } catch (IllegalArgumentException e) {
      cx.warnOnce(line, "link left out (not a valid address): " + url);
      return null;
    }
  }

  @Override
  public Void visitImage(Inline.Image image) {
    Images.inline(cx, target, paragraph, runs, image);
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    lineBreak();
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    BigInteger id = inFootnote ? null : cx.footnotes.get(ref.label());
    if (!inFootnote && id == null) {
      Optional<Footnote> note = cx.sourceFootnote(ref.label());
      if (note.isPresent()) {
        id = Footnotes.create(cx, note.get());
        CTR r = runs.get();
        r.addNewRPr().addNewRStyle().setVal(cx.style(StyleNames.FOOTNOTE_REFERENCE));
        r.addNewFootnoteReference().setId(id);
        return null;
      }
    }
    // a second reference to the same note, or a reference inside a footnote (Word allows
    // neither): the number as a superscript
    CTR r = run(null);
    CTRPr pr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    pr.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    setText(r.addNewT(), Integer.toString(ref.number()));
    return null;
  }

  @Override
  public Void visitHtml(Inline.Html html) {
    if (BR.matcher(html.html().strip()).matches()) {
      lineBreak();
    } else {
      cx.warnOnce(0, "raw HTML tags left out of the Word document");
    }
    return null;
  }

  /** Checks link targets: only web, mail and relative addresses become hyperlinks. */
  static final class Links {
    private Links() {}

    /** Percent-encodes the ASCII characters a URI cannot hold, and every '#' after the first. */
    static String encode(String url) {
      StringBuilder b = new StringBuilder(url.length() + 8);
      boolean fragment = false;
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (c == '#') {
          b.append(fragment ? "%23" : "#");
          fragment = true;
        } else if (c <= ' ' || c == 0x7F || "\\\"<>{}|^`".indexOf(c) >= 0) {
          b.append('%').append(String.format("%02X", (int) c));
        } else {
          b.append(c);
        }
      }
      return b.toString();
    }

    static Optional<String> external(String url) {
      if (url.isEmpty()) {
        return Optional.empty();
      }
      String lower = url.toLowerCase(java.util.Locale.ROOT);
      int colon = lower.indexOf(':');
      int slash = lower.indexOf('/');
      boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
      if (hasScheme && !(lower.startsWith("http:") || lower.startsWith("https:")
          || lower.startsWith("mailto:") || lower.startsWith("ftp:"))) {
        return Optional.empty();
      }
      String encoded = encode(url);
      try {
        new java.net.URI(encoded);
        return Optional.of(encoded);
      } catch (java.net.URISyntaxException e) {
        return Optional.empty();
      }
    }
  }
}
