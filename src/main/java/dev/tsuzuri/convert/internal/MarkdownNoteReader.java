package dev.tsuzuri.convert.internal;

import dev.tsuzuri.WarningSink;
import dev.tsuzuri.convert.NoteReader;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;

/** tsuzuri's Markdown reader ({@link MarkdownReader}) as a {@link NoteReader}. */
public final class MarkdownNoteReader implements NoteReader {
  /** The reader with the default options. */
  public static final MarkdownNoteReader INSTANCE = new MarkdownNoteReader(ReadOptions.defaults());

  private final MarkdownReader reader;
  private final ReadOptions options;

  /** A reader with these options. */
  public MarkdownNoteReader(ReadOptions options) {
    this.reader = new MarkdownReader(options);
    this.options = options;
  }

  @Override
  public Document read(Path file, WarningSink warnings) throws IOException {
    return reader.read(file, warnings);
  }

  /** Reads Markdown text that has no file (images then resolve nowhere). */
  public Document read(String markdown, WarningSink warnings) {
    return reader.read(markdown, warnings);
  }

  @Override
  public String settings() {
    return "markdown charset=" + options.charset() + " zone=" + options.defaultZone()
        + " limits=" + options.maxInputBytes() + "/" + options.maxNestingDepth() + "/"
        + options.maxFrontMatterBytes();
  }
}
