package dev.tsuzuri.testing;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test double for the Markdown reader, so conversion tests do not depend on it: front matter
 * lines {@code title: …} and {@code draft: true} between {@code ---} fences, every other non-empty
 * line a paragraph. A line {@code !bad} is a malformed note (error at that line); {@code !warn}
 * gives a warning; {@code !img PATH} is an image. Counts the notes it reads.
 */
public final class LineReader implements NoteReader {
  private final java.util.concurrent.atomic.AtomicInteger reads =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How many notes were read. */
  public int reads() {
    return reads.get();
  }

  @Override
  public Document read(Path file, WarningSink warnings) throws IOException {
    reads.incrementAndGet();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String title = "";
    boolean draft = false;
    List<Block> blocks = new ArrayList<>();
    boolean inFront = !lines.isEmpty() && lines.get(0).equals("---");
    for (int i = inFront ? 1 : 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (inFront) {
        if (line.equals("---")) {
          inFront = false;
        } else if (line.startsWith("title:")) {
          title = line.substring(6).trim();
        } else if (line.trim().equals("draft: true")) {
          draft = true;
        }
      } else if (line.equals("!bad")) {
        throw new TsuzuriException("", i + 1, "unclosed shortcode");
      } else if (line.startsWith("!img ")) {
        blocks.add(new Paragraph(List.of(new Inline.Image(line.substring(5), "image", "")), i + 1));
      } else if (line.equals("!warn")) {
        warnings.warn(i + 1, "unknown shortcode 'mystery'");
      } else if (!line.isBlank()) {
        blocks.add(new Paragraph(List.of(new Inline.Text(line)), i + 1));
      }
    }
    Metadata meta = new Metadata(title, "", List.of(), null, null, List.of(), List.of(), draft,
        "ja", Map.of());
    return new Document(meta, blocks, List.of());
  }
}
