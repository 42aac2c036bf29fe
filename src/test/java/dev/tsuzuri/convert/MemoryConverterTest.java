package dev.tsuzuri.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** {@link MemoryConverter}, {@link NotePlace} and the bytes reader, without any file. */
class MemoryConverterTest {
  private final MemoryConverter converter = new MemoryConverter(List.of("docx", "json"),
      MarkdownReader.defaults(), WriteOptions.defaults(), false);

  @Test
  void aNoteInMemoryBecomesFilesInMemory() throws Exception {
    byte[] note = "---\ntitle: 勉強会メモ\n---\n\n## 第一部\n\n- 要点\n".getBytes(
        StandardCharsets.UTF_8);
    MemoryConverter.Result r = converter.convert(note, "mem/a.md", "a", Resources::none);
    assertEquals(MemoryConverter.Status.CONVERTED, r.status());
    assertEquals(List.of("a.docx"), List.copyOf(r.files().get("docx").keySet()));
    try (XWPFDocument d = new XWPFDocument(
        new ByteArrayInputStream(r.files().get("docx").get("a.docx")))) {
      assertEquals("勉強会メモ", d.getProperties().getCoreProperties().getTitle());
    }
    assertTrue(new String(r.files().get("json").get("a.json"), StandardCharsets.UTF_8)
        .contains("第一部"));
  }

  @Test
  void brokenNotesAndDraftsAreResultsNotExceptions() {
    MemoryConverter.Result broken = converter.convert(
        "---\ntitle: [x\n---\n".getBytes(StandardCharsets.UTF_8), "b.md", "b", Resources::none);
    assertEquals(MemoryConverter.Status.FAILED, broken.status());
    assertTrue(broken.readError().startsWith("b.md:"), broken.readError());
    assertTrue(broken.files().isEmpty());
    MemoryConverter.Result draft = converter.convert(
        "---\ndraft: true\n---\n# x\n".getBytes(StandardCharsets.UTF_8), "d.md", "d",
        Resources::none);
    assertEquals(MemoryConverter.Status.DRAFT, draft.status());
    assertNull(draft.readError());
  }

  @Test
  void utf16NotesAreDecodedByTheirByteOrderMark() {
    byte[] note = "\uFEFF# 見出し\n".getBytes(StandardCharsets.UTF_16LE);
    MemoryConverter.Result r = converter.convert(note, "u.md", "u", Resources::none);
    assertEquals(MemoryConverter.Status.CONVERTED, r.status());
    assertTrue(new String(r.files().get("json").get("u.json"), StandardCharsets.UTF_8)
        .contains("見出し"));
  }

  @Test
  void placesFollowTheCommandLine() {
    assertEquals(Optional.of(new NotePlace("posts", "a")), NotePlace.of("posts/a.md"));
    assertEquals(Optional.of(new NotePlace("posts", "trip")),
        NotePlace.of("posts/trip/index.md"));
    assertEquals(Optional.of(new NotePlace("", "index")), NotePlace.of("index.markdown"));
    assertEquals(Optional.empty(), NotePlace.of(".drafts/a.md"));
    assertEquals(Optional.empty(), NotePlace.of("posts/a.txt"));
    assertEquals("posts/trip", NotePlace.of("posts/trip/index.md").orElseThrow().target());
    String deep = "d/".repeat(200_000) + "n.md";
    assertEquals(200_000, NotePlace.of(deep).orElseThrow().folder().split("/").length);
  }
}
