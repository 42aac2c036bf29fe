package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.read.internal.html.InlineTag;
import dev.tsuzuri.read.internal.text.MarpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns flexmark inline nodes into outline inlines: placeholders back into shortcodes, inline
 * HTML tags paired around what they enclose ({@link HtmlPairing}), soft line breaks into a space
 * or nothing ({@link InlineFinisher}).
 */
final class InlineBuilder {
  /** Deeper inline nesting than this (emphasis in emphasis …) is flattened to text. */
  private static final int MAX_DEPTH = 48;

  private final OutlineBuilder owner;
  private int depth;

  InlineBuilder(OutlineBuilder owner) {
    this.owner = owner;
  }

  /** The inlines of a node's children. */
  List<Inline> of(Node parent) {
    List<Node> nodes = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      nodes.add(c);
    }
    return of(nodes);
  }

  /** The inlines of a run of sibling nodes. */
  List<Inline> of(List<Node> nodes) {
    List<Object> pieces = new ArrayList<>();
    if (depth >= MAX_DEPTH) {
      StringBuilder b = new StringBuilder();
      for (Node n : nodes) {
        b.append(n.getChars());
      }
      if (!nodes.isEmpty()) {
        owner.session.warn(owner.line(nodes.get(0)), "emphasis or links nested more than "
            + MAX_DEPTH + " levels deep; the inner part is kept as plain text");
      }
      return List.of(new Inline.Text(owner.prepared.restoreText(b.toString())));
    }
    depth++;
    try {
      for (Node n : nodes) {
        piece(n, pieces);
      }
    } finally {
      depth--;
    }
    return HtmlPairing.finish(pieces, owner.session);
  }

  private void piece(Node n, List<Object> out) {
    Prepared prepared = owner.prepared;
    if (n instanceof Text) {
      text(n.getChars().toString(), out);
    } else if (n instanceof SoftLineBreak) {
      out.add(InlineFinisher.SOFT_BREAK);
    } else if (n instanceof HardLineBreak) {
      out.add(new Inline.LineBreak());
    } else if (n instanceof Code c) {
      out.add(new Inline.Code(prepared.restoreSource(c.getText().toString()).replace('\n', ' ')));
    } else if (n instanceof StrongEmphasis) {
      out.add(new Inline.Strong(of(n)));
    } else if (n instanceof Emphasis) {
      out.add(new Inline.Emphasis(of(n)));
    } else if (n instanceof Strikethrough) {
      out.add(new Inline.Strikethrough(of(n)));
    } else if (n instanceof Image i) {
      out.add(image(url(i.getUrl().unescape()), PlainText.of(of(n)),
          prepared.restoreText(i.getTitle().unescape()), n));
    } else if (n instanceof Link l) {
      out.add(new Inline.Link(url(l.getUrl().unescape()),
          prepared.restoreText(l.getTitle().unescape()), of(n)));
    } else if (n instanceof AutoLink a) {
      String url = a.getUrl().toString();
      if (!url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
        url = "http://" + url;
      }
      out.add(new Inline.Link(url(url), "", List.of(new Inline.Text(a.getText().toString()))));
    } else if (n instanceof MailLink m) {
      String mail = m.getText().toString();
      out.add(new Inline.Link("mailto:" + mail, "", List.of(new Inline.Text(mail))));
    } else if (n instanceof LinkRef || n instanceof ImageRef) {
      reference((com.vladsch.flexmark.ast.RefNode) n, out);
    } else if (n instanceof Footnote f) {
      footnote(f, out);
    } else if (n instanceof com.vladsch.flexmark.ext.emoji.Emoji e) {
      String emoji = Emojis.of(e.getText().toString());
      out.add(new Inline.Text(emoji != null ? emoji
          : prepared.restoreText(e.getChars().toString())));
    } else if (n instanceof HtmlInlineBase) {
      out.add(new HtmlPairing.Tag(InlineTag.of(prepared.restoreSource(n.getChars().toString())),
          owner.line(n)));
    } else if (n instanceof HtmlEntity) {
      out.add(new Inline.Text(n.getChars().unescape()));
    } else if (n instanceof TextBase || n.hasChildren()) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        piece(c, out);
      }
    } else {
      text(n.getChars().toString(), out);
    }
  }

  /** A Markdown image, its alternative text read for Marp's keywords (background, side, size). */
  private Inline.Image image(String url, String alt, String title, Node n) {
    MarpSyntax.Image marp = MarpSyntax.image(alt, dev.tsuzuri.outline.ImageSize.NONE);
    if (marp.filtered()) {
      // once per note: the warning sink keeps one of each message per line
      owner.session.warn(0, "Marp image filters (blur, sepia …) are not drawn; pictures are shown"
          + " as they are");
    }
    return new Inline.Image(url, marp.alt(), title, marp.size(), marp.role());
  }

  private String url(String url) {
    return owner.prepared.restoreText(url);
  }

  private void reference(com.vladsch.flexmark.ast.RefNode ref, List<Object> out) {
    Reference target = ref.isDefined() ? ref.getReferenceNode(owner.document) : null;
    if (target == null) {
      out.add(new Inline.Text(ref instanceof ImageRef ? "![" : "["));
      out.addAll(of(ref));
      out.add(new Inline.Text("]"));
      if (!ref.isReferenceTextCombined() && ref.getReference().isNotNull()) {
        out.add(new Inline.Text("[" + ref.getReference().unescape() + "]"));
      }
      return;
    }
    String url = url(target.getUrl().unescape());
    String title = owner.prepared.restoreText(target.getTitle().unescape());
    if (ref instanceof ImageRef) {
      out.add(image(url, PlainText.of(of(ref)), title, ref));
    } else {
      out.add(new Inline.Link(url, title, of(ref)));
    }
  }

  private void footnote(Footnote f, List<Object> out) {
    String label = f.getText().toString();
    FootnoteBlock block = f.getFootnoteBlock();
    if (block == null) {
      block = f.getReferenceNode(owner.document);
    }
    if (block == null) {
      owner.session.warn(owner.line(f), "footnote [^" + label + "] is not defined; kept as text");
      out.add(new Inline.Text("[^" + label + "]"));
      return;
    }
    out.add(new Inline.FootnoteRef(label, owner.session.footnoteNumber(owner, block, label)));
  }

  /**
   * Raw text with backslash escapes resolved, {@code ...} and dashes made typographic (as Hugo
   * and pandoc show them), joiners dropped and placeholder tokens expanded.
   */
  private void text(String raw, List<Object> out) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
        b.append(raw.charAt(i + 1));
        i += 2;
      } else if (c == Placeholder.JOINER || c == Placeholder.SPACE_JOINER) {
        i++;
      } else if (Placeholder.shown(c) != c) {
        b.append(Placeholder.shown(c));
        i++;
      } else if (c == '.' && raw.startsWith("...", i)) {
        b.append('\u2026');
        i += 3;
      } else if (c == '-' && i + 1 < raw.length() && raw.charAt(i + 1) == '-') {
        int j = i;
        while (j < raw.length() && raw.charAt(j) == '-') {
          j++;
        }
        dashes(j - i, b);
        i = j;
      } else if (c == Placeholder.OPEN) {
        Matcher m = Placeholder.TOKEN.matcher(raw).region(i, raw.length());
        Placeholder p = m.lookingAt() ? owner.prepared.placeholder(m.group(1)) : null;
        if (p == null) {
          b.append(c);
          i++;
          continue;
        }
        flush(b, out);
        placeholder(p, out);
        i = m.end();
      } else {
        b.append(c);
        i++;
      }
    }
    flush(b, out);
  }

  /**
   * Typographic dashes as Hugo's Goldmark and pandoc make them: {@code ---} an em dash, {@code
   * --} an en dash.
   */
  private static void dashes(int count, StringBuilder b) {
    int n = count;
    while (n >= 3 && n != 4) {
      b.append('\u2014');
      n -= 3;
    }
    while (n >= 2) {
      b.append('\u2013');
      n -= 2;
    }
    if (n == 1) {
      b.append('-');
    }
  }

  private void placeholder(Placeholder p, List<Object> out) {
    switch (p.kind()) {
      case LITERAL:
        out.add(new Inline.Text(p.text()));
        break;
      case NOTES:
        owner.session.warn(p.line(), "speaker notes inside running text are left out");
        break;
      default:
        out.addAll(owner.session.shortcodeInlines(p.shortcode()));
    }
  }

  private static void flush(StringBuilder b, List<Object> out) {
    if (b.length() > 0) {
      out.add(new Inline.Text(b.toString()));
      b.setLength(0);
    }
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
