package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriterProvider;

/** PowerPoint decks: measured pagination, a deck per note or per session. */
public final class PptxWriterProvider implements WriterProvider {
  @Override
  public String format() {
    return "pptx";
  }

  @Override
  public String extension() {
    return "pptx";
  }

  @Override
  public String description() {
    return "PowerPoint decks (one per note, or one per session with --decks session)";
  }

  @Override
  public DocumentWriter create() {
    return new PptxWriter();
  }
}
