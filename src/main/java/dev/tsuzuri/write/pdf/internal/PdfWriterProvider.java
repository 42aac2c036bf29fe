package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.html.internal.HtmlWriterProvider;
import dev.tsuzuri.write.pdf.PageSize;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.pdf.PdfStandard;
import java.util.List;

/** The "pdf" format. */
public final class PdfWriterProvider implements WriterProvider<PdfOptions> {
  private static final Setting PAGE_SIZE = Setting.choice("page-size", "SIZE", PageSize.class,
      PageSize.A4, "Page size");
  private static final Setting STANDARD = Setting.choice("pdf-standard", "STD",
      PdfStandard.class, PdfStandard.NONE, "PDF standard");
  private static final Setting TAGGED = Setting.flag("tagged", "Tagged PDF (PDF/UA structure).");

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public String description() {
    return "PDF with embedded Japanese fonts, bookmarks and metadata (PDF/A-2u on request)";
  }

  @Override
  public DocumentWriter create() {
    return new PdfWriter();
  }

  @Override
  public Class<PdfOptions> optionsType() {
    return PdfOptions.class;
  }

  @Override
  public PdfOptions defaults() {
    return PdfOptions.defaults();
  }

  @Override
  public List<Setting> settings() {
    return List.of(PAGE_SIZE, HtmlWriterProvider.TOC, HtmlWriterProvider.CSS,
        HtmlWriterProvider.FONT, STANDARD, TAGGED);
  }

  @Override
  public PdfOptions options(SettingValues values) {
    PdfOptions.Builder b = PdfOptions.builder();
    values.text(PAGE_SIZE.name()).map(PageSize::parse).ifPresent(b::pageSize);
    values.flag(HtmlWriterProvider.TOC.name()).ifPresent(b::toc);
    values.template().ifPresent(b::template);
    values.file(HtmlWriterProvider.CSS.name()).ifPresent(b::css);
    values.text(HtmlWriterProvider.FONT.name()).map(BodyFont::parse).ifPresent(b::font);
    values.text(STANDARD.name()).map(PdfStandard::parse).ifPresent(b::standard);
    values.flag(TAGGED.name()).ifPresent(b::tagged);
    return b.build();
  }

  @Override
  public List<String> templateExtensions() {
    return HtmlWriterProvider.TEMPLATE_EXTENSIONS;
  }

  @Override
  public List<String> bundledTemplates() {
    return List.of("templates/pdf");
  }
}
