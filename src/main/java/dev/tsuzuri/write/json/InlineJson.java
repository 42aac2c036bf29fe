package dev.tsuzuri.write.json;

import dev.tsuzuri.json.JsonOut;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.InlineVisitor;
import java.util.List;

/** Inlines as JSON objects: {@code {"t": "Text", "c": "…"}}, {@code {"t": "Strong", "c": […]}}. */
final class InlineJson implements InlineVisitor<Void> {
  private final JsonOut out;

  InlineJson(JsonOut out) {
    this.out = out;
  }

  void all(List<Inline> inlines) {
    out.beginArray();
    for (Inline i : inlines) {
      out.element();
      i.accept(this);
    }
    out.endArray();
  }

  private void begin(String type) {
    out.beginObject();
    out.name("t").value(type);
  }

  private Void simple(String type, String c) {
    begin(type);
    out.name("c").value(c);
    out.endObject();
    return null;
  }

  private Void nested(String type, List<Inline> content) {
    begin(type);
    out.name("c");
    all(content);
    out.endObject();
    return null;
  }

  @Override
  public Void visitText(Inline.Text text) {
    return simple("Text", text.text());
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    return nested("Strong", strong.content());
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    return nested("Emphasis", emphasis.content());
  }

  @Override
  public Void visitStrikethrough(Inline.Strikethrough strike) {
    return nested("Strikethrough", strike.content());
  }

  @Override
  public Void visitCode(Inline.Code code) {
    return simple("Code", code.code());
  }

  @Override
  public Void visitLink(Inline.Link link) {
    begin("Link");
    out.name("url").value(link.url());
    out.name("title").value(link.title());
    out.name("c");
    all(link.content());
    out.endObject();
    return null;
  }

  @Override
  public Void visitImage(Inline.Image image) {
    begin("Image");
    out.name("src").value(image.src());
    out.name("alt").value(image.alt());
    out.name("title").value(image.title());
    out.name("width").value(image.size().width());
    out.name("height").value(image.size().height());
    out.endObject();
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    begin("LineBreak");
    out.endObject();
    return null;
  }

  @Override
  public Void visitFootnoteRef(Inline.FootnoteRef ref) {
    begin("FootnoteRef");
    out.name("label").value(ref.label());
    out.name("number").value(ref.number());
    out.endObject();
    return null;
  }

  @Override
  public Void visitStyled(Inline.Styled styled) {
    begin("Styled");
    out.name("style").value(styled.style().name().toLowerCase(java.util.Locale.ROOT));
    out.name("c");
    all(styled.content());
    out.endObject();
    return null;
  }
}
