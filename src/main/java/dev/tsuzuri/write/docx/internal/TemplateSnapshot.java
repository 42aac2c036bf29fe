package dev.tsuzuri.write.docx.internal;

import static dev.tsuzuri.write.ooxml.SnapshotData.count;
import static dev.tsuzuri.write.ooxml.SnapshotData.readBytes;
import static dev.tsuzuri.write.ooxml.SnapshotData.readString;
import static dev.tsuzuri.write.ooxml.SnapshotData.update;
import static dev.tsuzuri.write.ooxml.SnapshotData.writeBytes;
import static dev.tsuzuri.write.ooxml.SnapshotData.writeString;

import dev.tsuzuri.write.ooxml.SnapshotData;

import dev.tsuzuri.diag.WarningSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The bundled reference document as the build prepared it: everything {@link TemplatePackage}
 * learns by opening it with POI (the parts as POI saves them, with and without a table of
 * contents, style names and ids, list ids, page layout, note ids, core properties, the styles
 * part for the common languages) and the font-embedding edits of its parts ({@link
 * PartEditCache}), written to {@value #RESOURCE} by {@link #main} during the build and read back
 * without POI or the JDK's XML parsers.
 *
 * <p>Why: opening the template through POI and XMLBeans was most of a one-note Word run's start
 * (about a thousand classes, a second of CPU), and it gives the same result on every run. The
 * snapshot records a checksum of the reference parts and preparing classes it was made from; a
 * snapshot made from others (a template or class edited without the build step) is ignored and
 * POI prepares the template as before.
 */
public final class TemplateSnapshot {
  /** Where the build puts the snapshot on the class path. */
  static final String RESOURCE = "/templates/docx/reference.prepared";
  /** The note languages whose styles part is made ahead (the others are made on first use). */
  static final List<String> LANGUAGES = List.of("ja", "en", "zh", "ko", "de", "fr", "es");

  /** The classes whose code decides what a snapshot holds. */
  private static final List<Class<?>> PREPARING = List.of(TemplateSnapshot.class,
      TemplatePackage.class, TemplateLoader.class, PreparedParts.class, StyleMap.class,
      ListNumbering.class, DocumentSetup.class, NoteIds.class, CoreXml.class, Repackager.class,
      FontEmbedding.class, FontPartsXml.class, PartEditCache.class);

  private static final int MAGIC = 0x74737a64; // "tszd"
  private static final int VERSION = 1;

  private TemplateSnapshot() {}

  /**
   * Writes the bundled reference document's snapshot below a class-path folder.
   *
   * @param args the class-path output folder, e.g. {@code target/classes}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TemplateSnapshot OUTPUT_CLASSES_FOLDER");
    }
    Path file = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    TemplatePackage t = prepareBundled();
    Files.write(file, write(t, referenceChecksum(), embeddingEdits(t)));
  }

  /**
   * The font-embedding edits documents on this template make of its parts (settings, font
   * table and its relationships, content types), made afresh: with and without a table of
   * contents, fonts embedded or not, with and without code.
   */
  static List<PartEditCache.Made> embeddingEdits(TemplatePackage t) {
    PartEditCache.forget();
    WarningSink ignored = WarningSink.collecting(t.name());
    for (boolean toc : List.of(false, true)) {
      for (boolean embed : List.of(false, true)) {
        for (Set<Integer> code : List.<Set<Integer>>of(Set.of(), Set.of((int) 'x'))) {
          PreparedParts saved = t.saved(toc);
          Map<String, byte[]> parts = new LinkedHashMap<>(saved.parts());
          if (saved.stylesEntry() != null) {
            parts.put(saved.stylesEntry(), t.stylesFor("ja"));
          }
          FontEmbedding.apply(parts, embed, code, ignored);
        }
      }
    }
    List<PartEditCache.Made> made = PartEditCache.made();
    made.sort(java.util.Comparator.comparing(PartEditCache.Made::edit)
        .thenComparing(m -> Arrays.toString(m.input())));
    return made;
  }

  /** The bundled reference document prepared by POI, with the common languages' styles made. */
  static TemplatePackage prepareBundled() {
    TemplatePackage t = TemplatePackage.prepareUncached(ReferenceDocx.bytes(),
        TemplatePackage.BUNDLED_NAME, "");
    for (String language : LANGUAGES) {
      t.stylesFor(language);
    }
    return t;
  }

  /**
   * The bundled reference document restored from the snapshot on the class path, or null when
   * there is none, it cannot be read, or it was made from other reference parts than these.
   */
  static TemplatePackage restoreBundled() {
    try (InputStream in = TemplateSnapshot.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      return read(in.readAllBytes(), referenceChecksum());
    } catch (IOException | RuntimeException e) {
      return null; // POI prepares the template instead
    }
  }

  /**
   * A checksum of what a snapshot is made from: the reference parts' names and bytes and the
   * compiled classes that prepare and edit them, as the class path holds them. A snapshot left
   * from before an edit of either (a {@code mvn compile}, which stops before the step that makes
   * it) is so not used.
   */
  static long referenceChecksum() {
    CRC32 crc = new CRC32();
    for (String name : ReferenceDocx.partNames()) {
      update(crc, name, ReferenceDocx.part(name));
    }
    for (Class<?> c : PREPARING) {
      SnapshotData.updateClass(crc, c, c.getName().substring(c.getName().lastIndexOf('.') + 1));
    }
    return crc.getValue();
  }

  /** The snapshot of a prepared template, marked as made from reference parts of this checksum. */
  static byte[] write(TemplatePackage t, long checksum, List<PartEditCache.Made> edits)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(checksum);
      Map<String, byte[]> saved = t.saved(false).parts();
      writeParts(out, saved, Map.of());
      writeParts(out, t.saved(true).parts(), saved);
      StyleMap.Known known = t.styles();
      writeStringMap(out, known.idsByName());
      writeStrings(out, known.ids());
      ListNumbering.Prepared lists = t.lists();
      writeBytes(out, lists.bulletId().toByteArray());
      writeBytes(out, lists.orderedId().toByteArray());
      out.writeLong(lists.firstNumId());
      out.writeLong(t.layout().textWidth());
      out.writeLong(t.layout().textHeight());
      out.writeInt(t.noteIdsTaken().size());
      for (Long id : t.noteIdsTaken()) {
        out.writeBoolean(id != null);
        out.writeLong(id == null ? 0 : id);
      }
      CoreXml.Kept core = t.core();
      for (String s : Arrays.asList(core.contentStatus(), core.contentType(), core.identifier(),
          core.lastPrinted(), core.version())) {
        writeNullable(out, s);
      }
      Map<String, byte[]> styles = new java.util.TreeMap<>(t.stylesByLanguage());
      out.writeInt(styles.size());
      for (Map.Entry<String, byte[]> e : styles.entrySet()) {
        writeString(out, e.getKey());
        writeBytes(out, e.getValue());
      }
      out.writeInt(edits.size());
      for (PartEditCache.Made m : edits) {
        writeString(out, m.edit());
        writeBytes(out, m.input());
        writeBytes(out, m.output());
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The template a snapshot holds, or null when it was made from reference parts of another
   * checksum or by another version of this format; the edits it holds are remembered.
   *
   * @throws IOException when the snapshot is cut short
   */
  static TemplatePackage read(byte[] snapshot, long checksum) throws IOException {
    Restored r = restore(snapshot, checksum);
    if (r == null) {
      return null;
    }
    PartEditCache.remember(r.edits());
    return r.template();
  }

  /** What a snapshot holds. */
  record Restored(TemplatePackage template, List<PartEditCache.Made> edits) {}

  /** What a snapshot holds, or null as {@link #read} says; nothing is remembered. */
  static Restored restore(byte[] snapshot, long checksum) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
    if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != checksum) {
      return null;
    }
    String name = TemplatePackage.BUNDLED_NAME;
    Map<String, byte[]> saved = readParts(in, Map.of());
    Map<String, byte[]> savedForToc = readParts(in, saved);
    StyleMap.Known known = new StyleMap.Known(Map.copyOf(readStringMap(in)),
        Set.copyOf(readStrings(in)));
    ListNumbering.Prepared lists = new ListNumbering.Prepared(new BigInteger(readBytes(in)),
        new BigInteger(readBytes(in)), in.readLong());
    TemplatePackage.Layout layout = new TemplatePackage.Layout(in.readLong(), in.readLong());
    int notes = count(in);
    Set<Long> noteIds = new HashSet<>();
    for (int i = 0; i < notes; i++) {
      boolean present = in.readBoolean();
      long id = in.readLong();
      noteIds.add(present ? id : null);
    }
    CoreXml.Kept core = new CoreXml.Kept(readNullable(in), readNullable(in), readNullable(in),
        readNullable(in), readNullable(in));
    TemplatePackage t = new TemplatePackage(ReferenceDocx::bytes, name,
        PreparedParts.of(saved, name), PreparedParts.of(savedForToc, name), known, lists, layout,
        Collections.unmodifiableSet(noteIds), core);
    int languages = count(in);
    for (int i = 0; i < languages; i++) {
      t.keepStyles(readString(in), readBytes(in));
    }
    int edits = count(in);
    List<PartEditCache.Made> made = new ArrayList<>();
    for (int i = 0; i < edits; i++) {
      made.add(new PartEditCache.Made(readString(in), readBytes(in), readBytes(in)));
    }
    return new Restored(t, made);
  }

  /** The parts, each either its bytes or, when equal to the same part of {@code same}, a mark. */
  private static void writeParts(DataOutputStream out, Map<String, byte[]> parts,
      Map<String, byte[]> same) throws IOException {
    out.writeInt(parts.size());
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      writeString(out, e.getKey());
      boolean shared = Arrays.equals(e.getValue(), same.get(e.getKey()));
      out.writeBoolean(shared);
      if (!shared) {
        writeBytes(out, e.getValue());
      }
    }
  }

  private static Map<String, byte[]> readParts(DataInputStream in, Map<String, byte[]> same)
      throws IOException {
    int n = count(in);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String entry = readString(in);
      byte[] bytes = in.readBoolean() ? same.get(entry) : readBytes(in);
      if (bytes == null) {
        throw new IOException("the snapshot refers to a part it lacks: " + entry);
      }
      parts.put(entry, bytes);
    }
    return parts;
  }

  private static void writeStringMap(DataOutputStream out, Map<String, String> map)
      throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(map).entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
  }

  private static Map<String, String> readStringMap(DataInputStream in) throws IOException {
    int n = count(in);
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(readString(in), readString(in));
    }
    return map;
  }

  private static void writeStrings(DataOutputStream out, Set<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : new java.util.TreeSet<>(strings)) {
      writeString(out, s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add(readString(in));
    }
    return strings;
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeString(out, s);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }

}
