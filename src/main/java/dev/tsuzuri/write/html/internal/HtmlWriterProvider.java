package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.html.HtmlOptions;
import java.util.List;

/** The "html" format: a standalone web page. */
public final class HtmlWriterProvider implements WriterProvider<HtmlOptions> {
  /** {@code --toc}, shared with the PDF writer. */
  public static final Setting TOC = Setting.flag("toc", "Table of contents after the title.");
  /** {@code --css}, shared with the PDF writer. */
  public static final Setting CSS = Setting.file("css", "FILE",
      "Stylesheet added after the default one.");
  /** {@code --font}, shared with the PDF writer. */
  public static final Setting FONT = Setting.choice("font", "FONT", BodyFont.class, BodyFont.SANS,
      "Body font");
  /** The page templates' extensions, shared with the PDF writer. */
  public static final List<String> TEMPLATE_EXTENSIONS = List.of("html", "xhtml", "htm");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String description() {
    return "standalone HTML page (styles and images inlined)";
  }

  @Override
  public DocumentWriter create() {
    return new HtmlWriter();
  }

  @Override
  public Class<HtmlOptions> optionsType() {
    return HtmlOptions.class;
  }

  @Override
  public HtmlOptions defaults() {
    return HtmlOptions.defaults();
  }

  @Override
  public List<Setting> settings() {
    return List.of(TOC, CSS, FONT);
  }

  @Override
  public HtmlOptions options(SettingValues values) {
    HtmlOptions.Builder b = HtmlOptions.builder();
    values.flag(TOC.name()).ifPresent(b::toc);
    values.template().ifPresent(b::template);
    values.file(CSS.name()).ifPresent(b::css);
    values.text(FONT.name()).map(BodyFont::parse).ifPresent(b::font);
    return b.build();
  }

  @Override
  public List<String> templateExtensions() {
    return TEMPLATE_EXTENSIONS;
  }

  @Override
  public List<String> bundledTemplates() {
    return List.of("templates/pdf");
  }
}
