package dev.tsuzuri.write.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Word and PowerPoint part the writers produce is valid against the ECMA-376 schemas
 * (transitional), as compiled into XMLBeans types by POI's {@code poi-ooxml-full}: each part is
 * parsed into the document type of its root element and validated ({@code [Content_Types].xml},
 * whose schema poi-ooxml-full lacks, is only parsed). Notes: the seed note, the
 * test fixtures, and the real notes of {@code ../shared/corpus} when present.
 */
class SchemaValidationTest {
  private static final Path SEED = Path.of("../shared/notes/jawsdays2018.md");
  private static final Path FIXTURES = Path.of("src/test/resources/notes");
  private static final Path CORPUS = Path.of("../shared/corpus");
  /** The ECMA-376 schemas (and OPC's) as poi-ooxml-full compiles them, and XML Schema's own. */
  private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(
      org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder.typeSystem,
      XmlBeans.getBuiltinTypeSystem());
  /** The main parts that must have a schema type (a part without one would pass unchecked). */
  private static final List<String> TYPED = List.of("word/document.xml", "word/styles.xml",
      "ppt/presentation.xml", "ppt/slides/slide1.xml", "_rels/.rels");

  @TestFactory
  Stream<DynamicTest> everyPartOfEveryNoteIsSchemaValid() throws IOException {
    List<Path> notes = new ArrayList<>();
    for (Path p : List.of(SEED, Path.of("/work/shared/notes/jawsdays2018.md"))) {
      if (Files.isRegularFile(p) && notes.stream().noneMatch(n -> sameFile(n, p))) {
        notes.add(p);
      }
    }
    notes.addAll(markdownIn(FIXTURES));
    notes.addAll(markdownIn(Files.isDirectory(CORPUS) ? CORPUS : Path.of("/work/shared/corpus")));
    assertTrue(notes.size() >= 5, "fixtures found: " + notes);
    return notes.stream().map(n -> DynamicTest.dynamicTest(n.getFileName().toString(),
        () -> validate(n)));
  }

  private static void validate(Path note) throws Exception {
    WarningSink warnings = WarningSink.collecting(note.toString());
    Document doc = MarkdownReader.defaults().read(note, warnings);
    List<String> problems = new ArrayList<>();
    WriteOptions options = WriteOptions.defaults()
        .with(DocxOptions.builder().toc(true).build())
        .with(PptxOptions.builder().decks(DeckSplit.DOCUMENT).build());
    for (String format : List.of("docx", "pptx")) {
      MemoryOutputs out = new MemoryOutputs();
      Resources resources = new Resources(note.toAbsolutePath().getParent(), List.of(), warnings);
      Writers.forFormat(format).create().write(doc,
          new WriteContext("note", out, resources, options, warnings));
      for (Map.Entry<String, byte[]> file : out.all().entrySet()) {
        for (Map.Entry<String, byte[]> part : unzip(file.getValue()).entrySet()) {
          problems.addAll(check(file.getKey() + "!" + part.getKey(), part.getValue()));
        }
      }
    }
    assertEquals(List.of(), problems, note.toString());
  }

  /** The schema errors of one part; an XML part of a known root must be typed and valid. */
  static List<String> check(String name, byte[] bytes) throws Exception {
    String part = name.substring(name.indexOf('!') + 1);
    if (!part.endsWith(".xml") && !part.endsWith(".rels")) {
      return List.of();
    }
    XmlOptions load = new XmlOptions().setLoadLineNumbers();
    XmlObject xml = SCHEMAS.parse(new ByteArrayInputStream(bytes), null, load);
    SchemaType type = xml.schemaType();
    if (type == XmlObject.type || type.isNoType()) {
      return TYPED.contains(part) ? List.of(name + ": no schema type for its root element")
          : List.of();
    }
    List<XmlError> errors = new ArrayList<>();
    if (xml.validate(new XmlOptions().setErrorListener(errors))) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (XmlError e : errors.subList(0, Math.min(5, errors.size()))) {
      out.add(name + ":" + e.getLine() + ": " + e.getMessage());
    }
    return out;
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static List<Path> markdownIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
