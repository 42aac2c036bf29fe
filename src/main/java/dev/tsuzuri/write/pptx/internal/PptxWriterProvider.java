package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Setting;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.ooxml.ZipGuard;
import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.util.List;

/** PowerPoint decks: measured pagination, a deck per note or per session. */
public final class PptxWriterProvider implements WriterProvider<PptxOptions> {
  private static final Setting DECKS = Setting.choice("decks", "HOW", DeckSplit.class,
      DeckSplit.DOCUMENT, "One deck per document or per session");
  private static final Setting SESSION_LEVEL = Setting.number("session-level", "N",
      "Heading level that starts a session, " + PptxOptions.MIN_SESSION_LEVEL + " to "
          + PptxOptions.MAX_SESSION_LEVEL + " (default: 2).");

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

  @Override
  public Class<PptxOptions> optionsType() {
    return PptxOptions.class;
  }

  @Override
  public PptxOptions defaults() {
    return PptxOptions.defaults();
  }

  @Override
  public List<Setting> settings() {
    return List.of(DECKS, SESSION_LEVEL);
  }

  @Override
  public PptxOptions options(SettingValues values) {
    PptxOptions.Builder b = PptxOptions.builder();
    values.template().map(t -> java.nio.file.Files.isDirectory(t) ? t
        : ZipGuard.requireZip(t, "pptx")).ifPresent(b::template);
    values.text(DECKS.name()).map(DeckSplit::parse).ifPresent(b::decks);
    values.number(SESSION_LEVEL.name()).ifPresent(b::sessionLevel);
    return b.build();
  }

  @Override
  public List<String> templateExtensions() {
    return List.of("pptx");
  }

  @Override
  public List<String> bundledTemplates() {
    return List.of("templates/pptx");
  }
}
