package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineVisitor;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Appends a run of inline content to an element. Raw inline HTML is passed through {@link
 * SafeHtml}, which may open elements (a {@code <b>} … {@code </b>} pair) that following inlines
 * go into.
 */
public final class InlineBuilder implements InlineVisitor<Void> {
  private final BuildContext ctx;
  private final Dom dom;
  private final int line;
  private Element target;
  private SafeHtml raw;

  private InlineBuilder(BuildContext ctx, Element target, int line) {
    this.ctx = ctx;
    this.dom = ctx.dom();
    this.target = target;
    this.line = line;
  }

  /** Appends the inlines to {@code parent}; {@code line} is the source line for messages. */
  public static void append(BuildContext ctx, Element parent, List<Inline> inlines, int line) {
    InlineBuilder b = new InlineBuilder(ctx, parent, line);
    b.all(inlines);
  }

  private void all(List<Inline> inlines) {
    for (Inline i : inlines) {
      i.accept(this);
    }
  }

  private Element here() {
    return raw != null ? raw.current() : target;
  }

  private boolean suppressed() {
    return raw != null && raw.dropping();
  }

  private Void wrap(String name, List<Inline> content) {
    if (suppressed()) {
      return null;
    }
    Element e = dom.add(here(), name);
    nested(e, content);
    return null;
  }

  /** Builds content into {@code e} with its own raw-HTML scope, so tags cannot leak out of it. */
  private void nested(Element e, List<Inline> content) {
    InlineBuilder inner = new InlineBuilder(ctx, e, line);
    inner.all(content);
  }

  @Override
  public Void visitText(Inline.Text text) {
    if (!suppressed()) {
      dom.text(here(), text.text());
    }
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    return wrap("strong", strong.content());
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    return wrap("em", emphasis.content());
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough strike) {
    return wrap("del", strike.content());
  }

  @Override
  public Void visitCode(Inline.Code code) {
    if (!suppressed()) {
      dom.add(here(), "code", null, code.code());
    }
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    if (suppressed()) {
      return null;
    }
    Optional<LinkPolicy.Target> kept = ctx.links().check(XmlChars.clean(link.url()));
    Element a = dom.element(kept.isPresent() ? "a" : "span");
    kept.ifPresent(t -> a.setAttribute("href", t.address()));
    if (!link.title().isEmpty()) {
      a.setAttribute("title", XmlChars.clean(link.title()));
    }
    here().appendChild(a);
    nested(a, link.content());
    return null;
  }

  @Override
  public Void visitImage(Inline.Image image) {
    if (suppressed()) {
      return null;
    }
    Optional<String> uri = ctx.imageUri(image.src(), line);
    if (uri.isPresent()) {
      Element img = dom.add(here(), "img", "inline-image");
      img.setAttribute("src", uri.get());
      img.setAttribute("alt", XmlChars.clean(image.alt()));
    } else if (!image.alt().isBlank()) {
      // inside running text only the alt text stands in, as it does in Word and when the text
      // is copied; the warning names the file (standalone figures get a visible placeholder)
      dom.add(here(), "span", "missing-image", image.alt());
    }
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    if (!suppressed()) {
      dom.add(here(), "br");
    }
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    if (suppressed()) {
      return null;
    }
    Element sup = dom.add(here(), "sup", "footnote-ref");
    Element a = dom.add(sup, "a");
    a.setAttribute("href", "#fn-" + ref.number());
    if (ctx.firstReference(ref.number())) {
      a.setAttribute("id", "fnref-" + ref.number());
    }
    dom.text(a, Integer.toString(ref.number()));
    return null;
  }

  @Override
  public Void visitHtml(Inline.Html html) {
    if (raw == null) {
      raw = new SafeHtml(dom, target, ctx.warnings(), ctx.links());
    }
    raw.feed(html.html(), line);
    return null;
  }
}
