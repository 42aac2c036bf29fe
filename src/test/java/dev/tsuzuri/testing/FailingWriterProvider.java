package dev.tsuzuri.testing;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.NoOptions;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A test writer ({@code -t flaky}) that writes half a file and then fails when the note's text
 * asks it to: {@code [[fail:user]]} throws a {@link TsuzuriException} at the note's line,
 * {@code [[fail:bug]]} an {@link IllegalStateException}, {@code [[fail:disk]]} the IOException a
 * full disk gives. Other notes are written completely, as "complete".
 */
public final class FailingWriterProvider implements WriterProvider<NoOptions> {
  @Override
  public String format() {
    return "flaky";
  }

  @Override
  public String extension() {
    return "flaky";
  }

  @Override
  public String description() {
    return "fails halfway on demand (tests only)";
  }

  @Override
  public DocumentWriter create() {
    return FailingWriterProvider::write;
  }

  @Override
  public Class<NoOptions> optionsType() {
    return NoOptions.class;
  }

  @Override
  public NoOptions defaults() {
    return NoOptions.INSTANCE;
  }

  private static void write(Document doc, WriteContext context) throws IOException {
    StringBuilder text = new StringBuilder();
    PlainTextWriterProvider.blocks(doc.blocks(), 0, text);
    String s = text.toString();
    try (OutputStream out = context.openMain("flaky")) {
      out.write("half of a file ".getBytes(StandardCharsets.UTF_8));
      out.flush();
      if (s.contains("[[fail:user]]")) {
        throw new TsuzuriException("", 7, "the writer cannot place this table");
      }
      if (s.contains("[[fail:bug]]")) {
        throw new IllegalStateException("index 3 out of bounds");
      }
      if (s.contains("[[fail:disk]]")) {
        throw new IOException("No space left on device");
      }
      out.write("complete".getBytes(StandardCharsets.UTF_8));
    }
  }
}
