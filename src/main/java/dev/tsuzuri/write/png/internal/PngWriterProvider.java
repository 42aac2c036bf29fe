package dev.tsuzuri.write.png.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.pptx.PptxOptions;
import dev.tsuzuri.write.pptx.internal.PptxWriterProvider;
import java.util.List;

/**
 * Slide previews: the PowerPoint decks drawn as PNG thumbnails and a contact sheet per deck. It
 * draws the decks the PowerPoint writer makes, so it takes the PowerPoint writer's options,
 * settings and templates.
 */
public final class PngWriterProvider implements WriterProvider<PptxOptions> {
  private final PptxWriterProvider decks = new PptxWriterProvider();

  @Override
  public String format() {
    return "png";
  }

  @Override
  public String extension() {
    return "png";
  }

  @Override
  public String description() {
    return "previews of the PowerPoint decks: slide thumbnails and a contact sheet per deck";
  }

  @Override
  public DocumentWriter create() {
    return new PngWriter();
  }

  @Override
  public Class<PptxOptions> optionsType() {
    return decks.optionsType();
  }

  @Override
  public PptxOptions defaults() {
    return decks.defaults();
  }

  @Override
  public List<Setting> settings() {
    return decks.settings();
  }

  @Override
  public PptxOptions options(SettingValues values) {
    return decks.options(values);
  }

  @Override
  public List<String> templateExtensions() {
    return decks.templateExtensions();
  }
}
