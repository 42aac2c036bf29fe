package dev.tsuzuri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsuzuriTest {
  @TempDir Path dir;

  @Test
  void readsAFileAndAString() throws IOException {
    Document doc = Tsuzuri.read(Path.of("src/examples/seminar-notes.md"));
    assertEquals("春のクラウド勉強会 2025 参加メモ", doc.title());
    assertTrue(doc.blocks().stream().filter(b -> b instanceof Section).count() >= 2);

    Document s = Tsuzuri.read("---\ntitle: 文字列\n---\n\n## 第一部\n\n- 項目\n");
    assertEquals("文字列", s.title());
    assertTrue(s.metadata().isJapanese());
  }

  @Test
  void convertsThroughTheFacade() throws IOException {
    Path note = dir.resolve("memo.md");
    Files.writeString(note, "# メモ\n\n- 一\n  - 二\n");
    BatchResult r = Tsuzuri.convert(note, dir.resolve("out"), "json");
    assertEquals(0, r.exitCode(), r.summary());
    assertTrue(Files.readString(dir.resolve("out/memo.json")).contains("\"二\""));
  }
}
