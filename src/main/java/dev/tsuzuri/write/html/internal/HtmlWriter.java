package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.html.HtmlOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a standalone HTML page: the same DOM the PDF writer lays out, with the default
 * stylesheet inlined and images as {@code data:} URIs, so the one file is the whole page. It
 * honours the template, stylesheet and table-of-contents settings of {@link HtmlOptions}.
 */
public final class HtmlWriter implements DocumentWriter {
  @Override
  public void write(Document document, WriteContext context) throws IOException {
    HtmlOptions options = context.options().get(HtmlOptions.class, HtmlOptions::defaults);
    PageTemplate template = options.template() == null
        ? PageTemplate.defaults() : PageTemplate.load(options.template());
    List<String> css = new ArrayList<>();
    css.add(Stylesheets.defaults());
    if (options.font() == BodyFont.SERIF) {
      css.add("html { font-family: \"BIZ UDPMincho\", \"BIZ UDPGothic\", serif; }");
    }
    if (options.css() != null) {
      css.add(Stylesheets.load(options.css()));
    }
    org.w3c.dom.Document page = HtmlDom.build(document,
        new HtmlDom.Settings(false, options.toc(), template, css, context.stem()),
        context.resources(),
        context.warnings(), LinkPolicy.of(context, "html"));
    byte[] bytes = XhtmlSerializer.serialize(page).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = context.openMain("html")) {
      out.write(bytes);
    }
  }
}
