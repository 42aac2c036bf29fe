package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * A template read once per process: its parts as bytes (copied unchanged into every deck), its
 * layouts' placeholders as XML, and copies opened by POI to measure text in, lent to one
 * document at a time. Thread-safe.
 */
final class PreparedTemplate {
  /** At most this many different templates are kept; a batch uses one. */
  private static final int MAX_CACHED = 8;
  private static final Map<Key, PreparedTemplate> CACHE = new ConcurrentHashMap<>();

  private record Key(String name, String sha256) {}

  /** The most recently asked for: a batch asks for the same one for every note. */
  private static volatile PreparedTemplate last;

  final String name;
  /** The template bytes this was prepared from (compared by identity). */
  private final byte[] source;
  /** The template without slides, as .pptx bytes: what scratch copies are opened from. */
  private final byte[] clean;
  /** Every part of {@link #clean} by name, in zip order. */
  final Map<String, byte[]> parts;
  final LayoutXml title;
  final LayoutXml content;
  final LayoutXml section;
  final LayoutXml titleOnly;
  /** What the template lacks, for warnings. */
  final List<String> problems;
  /** Where the body of a content slide is, in points: tables and pictures go there too. */
  final Rectangle2D bodyArea;
  /** A notes slide with a hole for the notes' paragraphs, or null when notes cannot be written. */
  final NotesXml notes;
  private final ConcurrentLinkedQueue<Scratch> scratch = new ConcurrentLinkedQueue<>();

  private PreparedTemplate(String name, byte[] source, byte[] clean, TemplateAnalysis a) {
    this.name = name;
    this.source = source;
    this.clean = clean;
    this.parts = unzip(clean, name);
    this.title = a.title();
    this.content = a.content();
    this.section = a.section();
    this.titleOnly = a.titleOnly();
    this.problems = a.problems();
    this.bodyArea = a.bodyArea();
    this.notes = a.notes();
  }

  /**
   * The prepared form of a template, made on first use; threads asking meanwhile wait for it
   * rather than prepare it again.
   */
  static PreparedTemplate of(Template template) {
    PreparedTemplate recent = last;
    if (recent != null && recent.source == template.bytes()) {
      // the bundled template's bytes are one array for the whole process
      return recent;
    }
    Key key = new Key(template.name(), dev.tsuzuri.write.ooxml.ZipGuard.sha256(template.bytes()));
    if (CACHE.size() >= MAX_CACHED && !CACHE.containsKey(key)) {
      CACHE.clear();
    }
    PreparedTemplate p = CACHE.computeIfAbsent(key, k -> prepare(template));
    last = p;
    return p;
  }

  private static PreparedTemplate prepare(Template template) {
    String name = template.name();
    XMLSlideShow ppt = template.open();
    try {
      // refuse a template without the layouts slides need before anything else
      Layouts layouts = Layouts.find(ppt, name);
      byte[] clean = template.bytes();
      if (!ppt.getSlides().isEmpty() || ppt.getNotesMaster() == null
          || !hasPart(ppt, "/docProps/core.xml")) {
        clean = cleaned(ppt, layouts);
        ppt.close();
        ppt = Templates.open(clean, name);
      }
      PreparedTemplate prepared = new PreparedTemplate(name, template.bytes(), clean,
          TemplateAnalysis.of(ppt, name));
      // the copy read is the first one lent to measure in
      prepared.release(Scratch.of(ppt, name));
      return prepared;
    } catch (IOException | RuntimeException e) {
      try {
        ppt.close();
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      if (e instanceof TsuzuriException t) {
        throw t;
      }
      throw new TsuzuriException(name, 0, "not a usable PowerPoint template ("
          + e.getMessage() + ")", e);
    }
  }

  /**
   * The template as a deck without slides, with a notes master and document properties: a
   * template's sample slides are not part of the deck, and notes pages need a master.
   */
  private static byte[] cleaned(XMLSlideShow ppt, Layouts layouts) throws IOException {
    if (ppt.getNotesMaster() == null) {
      // POI makes a notes master from a slide's theme: it needs a slide, removed below
      ppt.createSlide(layouts.content());
      ppt.createNotesMaster();
    }
    while (!ppt.getSlides().isEmpty()) {
      ppt.removeSlide(0);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ppt.write(out);
    return out.toByteArray();
  }

  private static boolean hasPart(XMLSlideShow ppt, String name) {
    try {
      return ppt.getPackage().getPart(
          org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name)) != null;
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      return false;
    }
  }

  /** A copy of the template to measure in, for one document; give it back with release. */
  Scratch borrow() {
    Scratch s = scratch.poll();
    return s != null ? s : Scratch.open(clean, name);
  }

  /** Returns a copy borrowed before, for the next document. */
  void release(Scratch s) {
    scratch.add(s);
  }

  private static Map<String, byte[]> unzip(byte[] zip, String name) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.isDirectory()) {
          out.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new TsuzuriException(name, 0, "not a usable PowerPoint template ("
          + e.getMessage() + ")", e);
    }
    return out;
  }
}
