package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A template read once per process: its parts as bytes (copied unchanged into every deck), its
 * layouts' placeholders as XML, and {@link Scratch}es to measure text in, lent to one document
 * at a time. The bundled template is restored from its build-time snapshot ({@link
 * DeckSnapshot}) without POI; a user's is read by POI ({@link PoiPreparation}). Thread-safe.
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
  /** Makes a new scratch when none is free. */
  private final java.util.function.Supplier<Scratch> scratchMaker;
  /** How many scratches this process has made (for tests of reuse). */
  private static final java.util.concurrent.atomic.AtomicInteger MADE =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * A template prepared from what was read of it.
   *
   * @param name the name it is reported under
   * @param source the template bytes it was prepared from
   * @param clean the template without slides, as .pptx bytes
   * @param a what slides need from it
   * @param snapshot what measuring needs of the bundled template, or null to measure in copies
   *     POI opens
   */
  PreparedTemplate(String name, byte[] source, byte[] clean, TemplateAnalysis a,
      DeckSnapshot snapshot) {
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
    this.scratchMaker = snapshot == null ? () -> PoiScratch.open(clean, name)
        : () -> new SnapshotScratch(snapshot, () -> PoiScratch.open(clean, name));
  }

  /** What slides need from the template, as it was read. */
  TemplateAnalysis analysis() {
    return new TemplateAnalysis(title, content, section, titleOnly, problems, bodyArea, notes);
  }

  /** The template without slides, or null when it is the template as given. */
  byte[] cleanedOrNull() {
    return java.util.Arrays.equals(clean, source) ? null : clean.clone();
  }

  /** How many measuring scratches this process has made. */
  static int made() {
    return MADE.get();
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

  /**
   * The bundled template from its snapshot, or read by POI when there is no usable snapshot
   * (classes or template parts changed since the build made it).
   */
  private static PreparedTemplate prepare(Template template) {
    if (template.bytes() == Templates.bundled()) {
      DeckSnapshot snapshot = DeckSnapshot.restoreBundled();
      if (snapshot != null) {
        byte[] clean = snapshot.clean() != null ? snapshot.clean() : template.bytes();
        return new PreparedTemplate(template.name(), template.bytes(), clean,
            snapshot.analysis(), snapshot);
      }
    }
    return PoiPreparation.prepare(template);
  }

  /** A scratch to measure in, for one document; give it back with release. */
  Scratch borrow() {
    Scratch s = scratch.poll();
    if (s == null) {
      MADE.incrementAndGet();
      s = scratchMaker.get();
    }
    return s;
  }

  /** Returns a copy borrowed before, for the next document. */
  void release(Scratch s) {
    scratch.add(s);
  }

  static Map<String, byte[]> unzip(byte[] zip, String name) {
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
