package dev.tsuzuri.write.png.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriterProvider;

/** Slide previews: the PowerPoint decks drawn as PNG thumbnails and a contact sheet per deck. */
public final class PngWriterProvider implements WriterProvider {
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
}
