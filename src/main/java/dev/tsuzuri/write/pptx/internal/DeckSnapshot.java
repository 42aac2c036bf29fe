package dev.tsuzuri.write.pptx.internal;

import static dev.tsuzuri.write.ooxml.SnapshotData.update;

import dev.tsuzuri.write.ooxml.SnapshotData;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The bundled PowerPoint template as the build read it with POI: what slides are written from
 * ({@link TemplateAnalysis}), the slides' size, and what measuring reads of each text box of the
 * four layouts used and of table cells. {@link #main} writes it to {@value #RESOURCE} during the
 * build (process-classes); a run reads it back without POI or XMLBeans ({@link
 * SnapshotScratch}).
 *
 * <p>Why: opening the template through POI and XMLBeans was most of a one-note PowerPoint run
 * (about a thousand classes, a second), and it gives the same result every run. The snapshot
 * records a checksum of the template parts and of the classes that read them; a snapshot made
 * from others (a template or class edited without the build step) is ignored and POI reads the
 * template as before.
 *
 * @param analysis what slides are written from
 * @param clean the template without slides, or null when the bundled template is so already
 * @param pageWidth the slides' width in points
 * @param pageHeight their height
 * @param content the content layout's slide
 * @param titleOnly the title-only layout's slide
 * @param title the title layout's slide
 * @param section the section layout's slide
 * @param bodyCell a table body cell's metrics
 * @param headerCell a table header cell's metrics
 */
record DeckSnapshot(TemplateAnalysis analysis, byte[] clean, int pageWidth, int pageHeight,
    SlideFacts content, SlideFacts titleOnly, SlideFacts title, SlideFacts section,
    Scratch.CellMetrics bodyCell, Scratch.CellMetrics headerCell) {

  /** Where the build puts the snapshot on the class path. */
  static final String RESOURCE = "/templates/pptx/reference.prepared";
  private static final int MAGIC = 0x74737a70; // "tszp"
  private static final int VERSION = 1;
  /** The classes whose code decides what a snapshot holds, by simple name. */
  private static final List<String> PREPARING = List.of("DeckSnapshot", "SnapshotFacts",
      "BoxFacts", "PoiPreparation", "PoiAnalysis", "PoiScratch", "PoiSlide", "PoiBox",
      "PoiTables", "Layouts", "Templates", "TextFiller", "ShapeXml", "Measure", "SidePlacement",
      "ParagraphStyle", "LayoutXml", "NotesXml", "TemplateAnalysis");

  /**
   * What measuring reads of one layout's slide.
   *
   * @param layoutPart the layout's part name
   * @param title the title box, or null
   * @param body the body box, or null
   * @param subtitle the subtitle box when it is not the body, else null
   * @param subtitleIsBody whether the body stands for the subtitle
   */
  record SlideFacts(String layoutPart, BoxFacts title, BoxFacts body, BoxFacts subtitle,
      boolean subtitleIsBody) {
    /** The slide with title and body narrowed as beside a side picture. */
    SlideFacts narrowed(double pageWidth, int textPercent) {
      return new SlideFacts(layoutPart,
          title == null ? null : title.narrowed(pageWidth, textPercent),
          body == null ? null : body.narrowed(pageWidth, textPercent), subtitle,
          subtitleIsBody);
    }
  }

  /**
   * Writes the bundled template's snapshot below a class-path folder.
   *
   * @param args the class-path output folder, e.g. {@code target/classes}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DeckSnapshot OUTPUT_CLASSES_FOLDER");
    }
    Path file = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    Files.write(file, SnapshotFacts.write(PoiPreparation.snapshot(), checksum()));
  }

  /**
   * The bundled template's snapshot from the class path, or null when there is none, it cannot
   * be read, or it was made from other template parts or classes than these.
   */
  static DeckSnapshot restoreBundled() {
    try (InputStream in = DeckSnapshot.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      return SnapshotFacts.read(in.readAllBytes(), checksum());
    } catch (IOException | RuntimeException e) {
      return null; // POI reads the template instead
    }
  }

  /** The format's mark and version, written first. */
  static void writeHeader(DataOutputStream out, long checksum) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(checksum);
  }

  /** Whether a snapshot starts with this format's mark and version and this checksum. */
  static boolean readHeader(DataInputStream in, long checksum) throws IOException {
    return in.readInt() == MAGIC && in.readInt() == VERSION && in.readLong() == checksum;
  }

  /**
   * A checksum of what a snapshot is made from: the bundled template's parts and the compiled
   * classes that read them, as the class path holds them.
   */
  static long checksum() {
    CRC32 crc = new CRC32();
    Map<String, byte[]> parts = PreparedTemplate.unzip(Templates.bundled(), "bundled template");
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      update(crc, e.getKey(), e.getValue());
    }
    for (String c : PREPARING) {
      SnapshotData.updateClass(crc, DeckSnapshot.class, c);
    }
    return crc.getValue();
  }

}
