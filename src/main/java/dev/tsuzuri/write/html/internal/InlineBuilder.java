package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.ImageSize;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineVisitor;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Appends a run of inline content to an element. */
public final class InlineBuilder implements InlineVisitor<Void> {
  private final BuildContext ctx;
  private final Dom dom;
  private final int line;
  private final Element target;

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
    return target;
  }

  private Void wrap(String name, List<Inline> content) {
    Element e = dom.add(here(), name);
    nested(e, content);
    return null;
  }

  /** Builds content into {@code e}. */
  private void nested(Element e, List<Inline> content) {
    InlineBuilder inner = new InlineBuilder(ctx, e, line);
    inner.all(content);
  }

  /** Gives a picture the size the note asks for, in CSS pixels (the stylesheet caps the width). */
  static void size(Element img, ImageSize size) {
    if (size.isNone()) {
      return;
    }
    StringBuilder style = new StringBuilder();
    if (size.width() > 0) {
      style.append("width: ").append(size.width()).append("px;");
    }
    if (size.height() > 0 && size.width() == 0) {
      style.append("height: ").append(size.height()).append("px;");
    }
    img.setAttribute("style", style.toString());
  }

  @Override
  public Void visitText(Inline.Text text) {
    dom.text(here(), text.text());
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
    dom.add(here(), "code", null, code.code());
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
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

  /**
   * The text that stands for a picture: its alt text, else the given description (a title or a
   * caption), else its file name. Tagged PDFs need one for every figure, and a screen reader reads
   * it; an HTML thumbnail often has no alt at all.
   */
  static String textAlternative(String alt, String description, String src) {
    if (!alt.isBlank()) {
      return alt;
    }
    if (!description.isBlank()) {
      return description;
    }
    int end = src.length();
    for (char c : new char[] {'?', '#'}) {
      int i = src.indexOf(c);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    String name = src.startsWith("data:") ? ""
        : src.substring(src.lastIndexOf('/', Math.max(0, end - 1)) + 1, end);
    return name.isBlank() ? "image" : name;
  }

  @Override
  public Void visitImage(Inline.Image image) {
    Optional<String> uri = ctx.imageUri(image.src(), line);
    if (uri.isPresent()) {
      Element img = dom.add(here(), "img", "inline-image");
      img.setAttribute("src", uri.get());
      img.setAttribute("alt", XmlChars.clean(textAlternative(image.alt(), image.title(),
          image.src())));
      size(img, image.size());
    } else if (!image.alt().isBlank()) {
      // inside running text only the alt text stands in, as it does in Word and when the text
      // is copied; the warning names the file (standalone figures get a visible placeholder)
      dom.add(here(), "span", "missing-image", image.alt());
    }
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    dom.add(here(), "br");
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
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
  public Void visitStyled(Inline.Styled styled) {
    return wrap(switch (styled.style()) {
      case UNDERLINE -> "u";
      case HIGHLIGHT -> "mark";
      case SUPERSCRIPT -> "sup";
      case SUBSCRIPT -> "sub";
      case KEYBOARD -> "kbd";
    }, styled.content());
  }
}
