package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.ooxml.ZipGuard;
import java.util.List;

/** The "docx" format: Microsoft Word documents. */
public final class DocxWriterProvider implements WriterProvider<DocxOptions> {
  private static final Setting TOC = Setting.flag("toc", "Table of contents after the title.");
  private static final Setting EMBED_FONTS = Setting.flag("embed-fonts", "Embed the fonts "
      + "(default: on; --no-embed-fonts turns it off).");

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public String description() {
    return "Word document (styles from a reference .docx, real lists, embedded Japanese font)";
  }

  @Override
  public DocumentWriter create() {
    return new DocxWriter();
  }

  @Override
  public Class<DocxOptions> optionsType() {
    return DocxOptions.class;
  }

  @Override
  public DocxOptions defaults() {
    return DocxOptions.defaults();
  }

  @Override
  public List<Setting> settings() {
    return List.of(TOC, EMBED_FONTS);
  }

  @Override
  public DocxOptions options(SettingValues values) {
    DocxOptions.Builder b = DocxOptions.builder();
    values.template().map(t -> ZipGuard.requireZip(t, "docx")).ifPresent(b::template);
    values.flag(TOC.name()).ifPresent(b::toc);
    values.flag(EMBED_FONTS.name()).ifPresent(b::embedFonts);
    return b.build();
  }

  @Override
  public List<String> templateExtensions() {
    return List.of("docx");
  }

  @Override
  public List<String> bundledTemplates() {
    return List.of("templates/docx");
  }
}
