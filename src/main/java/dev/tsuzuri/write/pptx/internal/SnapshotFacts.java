package dev.tsuzuri.write.pptx.internal;

import static dev.tsuzuri.write.ooxml.SnapshotData.count;
import static dev.tsuzuri.write.ooxml.SnapshotData.readBytes;
import static dev.tsuzuri.write.ooxml.SnapshotData.readString;
import static dev.tsuzuri.write.ooxml.SnapshotData.writeBytes;
import static dev.tsuzuri.write.ooxml.SnapshotData.writeString;

import dev.tsuzuri.outline.Callout;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link DeckSnapshot} as bytes and reads it back, without POI. */
final class SnapshotFacts {
  private SnapshotFacts() {}

  /** The snapshot as bytes, marked as made from template parts and classes of this checksum. */
  static byte[] write(DeckSnapshot s, long checksum) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      DeckSnapshot.writeHeader(out, checksum);
      TemplateAnalysis a = s.analysis();
      for (LayoutXml l : List.of(a.title(), a.content(), a.section(), a.titleOnly())) {
        writeLayout(out, l);
      }
      out.writeInt(a.problems().size());
      for (String p : a.problems()) {
        writeString(out, p);
      }
      Rectangle2D b = a.bodyArea();
      for (double d : new double[] {b.getX(), b.getY(), b.getWidth(), b.getHeight()}) {
        out.writeDouble(d);
      }
      out.writeBoolean(a.notes() != null);
      if (a.notes() != null) {
        writeShape(out, a.notes().page());
        writeString(out, a.notes().masterPart());
      }
      out.writeBoolean(s.clean() != null);
      if (s.clean() != null) {
        writeBytes(out, s.clean());
      }
      out.writeInt(s.pageWidth());
      out.writeInt(s.pageHeight());
      for (DeckSnapshot.SlideFacts f : List.of(s.content(), s.titleOnly(), s.title(),
          s.section())) {
        writeSlide(out, f);
      }
      writeCell(out, s.bodyCell());
      writeCell(out, s.headerCell());
    }
    return bytes.toByteArray();
  }

  /**
   * The snapshot these bytes hold, or null when they were made from other template parts or
   * classes (another checksum) or by another version of the format.
   *
   * @throws IOException when the bytes are cut short or damaged
   */
  static DeckSnapshot read(byte[] snapshot, long checksum) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
    if (!DeckSnapshot.readHeader(in, checksum)) {
      return null;
    }
    LayoutXml title = readLayout(in);
    LayoutXml content = readLayout(in);
    LayoutXml section = readLayout(in);
    LayoutXml titleOnly = readLayout(in);
    int n = count(in);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      problems.add(readString(in));
    }
    Rectangle2D body = new Rectangle2D.Double(in.readDouble(), in.readDouble(), in.readDouble(),
        in.readDouble());
    NotesXml notes = in.readBoolean() ? new NotesXml(readShape(in), readString(in)) : null;
    TemplateAnalysis a = new TemplateAnalysis(title, content, section, titleOnly,
        List.copyOf(problems), body, notes);
    byte[] clean = in.readBoolean() ? readBytes(in) : null;
    return new DeckSnapshot(a, clean, in.readInt(), in.readInt(), readSlide(in), readSlide(in),
        readSlide(in), readSlide(in), readCell(in), readCell(in));
  }

  private static void writeLayout(DataOutputStream out, LayoutXml l) throws IOException {
    writeString(out, l.part());
    out.writeInt(l.placeholders().size());
    for (LayoutXml.Placeholder p : l.placeholders()) {
      writeShape(out, p.untouched());
      writeShape(out, p.filled());
      out.writeBoolean(p.grounded() != null);
      if (p.grounded() != null) {
        writeShape(out, p.grounded());
      }
      out.writeBoolean(p.title());
      out.writeBoolean(p.body());
      out.writeBoolean(p.subtitle());
      out.writeInt(p.boxes().size());
      for (Callout.Kind kind : Callout.Kind.values()) {
        if (p.boxes().containsKey(kind)) {
          writeString(out, kind.name());
          writeShape(out, p.boxes().get(kind));
        }
      }
    }
  }

  private static LayoutXml readLayout(DataInputStream in) throws IOException {
    String part = readString(in);
    int n = count(in);
    List<LayoutXml.Placeholder> placeholders = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ShapeXml untouched = readShape(in);
      ShapeXml filled = readShape(in);
      ShapeXml grounded = in.readBoolean() ? readShape(in) : null;
      boolean title = in.readBoolean();
      boolean body = in.readBoolean();
      boolean subtitle = in.readBoolean();
      int boxes = count(in);
      Map<Callout.Kind, ShapeXml> byKind = new EnumMap<>(Callout.Kind.class);
      for (int b = 0; b < boxes; b++) {
        byKind.put(Callout.Kind.valueOf(readString(in)), readShape(in));
      }
      placeholders.add(new LayoutXml.Placeholder(untouched, filled, grounded, title, body,
          subtitle, Map.copyOf(byKind)));
    }
    return new LayoutXml(part, List.copyOf(placeholders));
  }

  private static void writeSlide(DataOutputStream out, DeckSnapshot.SlideFacts f)
      throws IOException {
    writeString(out, f.layoutPart());
    for (BoxFacts b : new BoxFacts[] {f.title(), f.body(), f.subtitle()}) {
      out.writeBoolean(b != null);
      if (b != null) {
        b.write(out);
      }
    }
    out.writeBoolean(f.subtitleIsBody());
  }

  private static DeckSnapshot.SlideFacts readSlide(DataInputStream in) throws IOException {
    String part = readString(in);
    BoxFacts[] boxes = new BoxFacts[3];
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = in.readBoolean() ? BoxFacts.read(in) : null;
    }
    return new DeckSnapshot.SlideFacts(part, boxes[0], boxes[1], boxes[2], in.readBoolean());
  }

  private static void writeCell(DataOutputStream out, Scratch.CellMetrics c) throws IOException {
    BoxFacts.writeStyle(out, c.style());
    for (double d : new double[] {c.left(), c.right(), c.top(), c.bottom()}) {
      out.writeDouble(d);
    }
  }

  private static Scratch.CellMetrics readCell(DataInputStream in) throws IOException {
    Optional<ParagraphStyle> style = BoxFacts.readStyle(in);
    return new Scratch.CellMetrics(style, in.readDouble(), in.readDouble(), in.readDouble(),
        in.readDouble());
  }

  private static void writeShape(DataOutputStream out, ShapeXml s) throws IOException {
    writeString(out, s.before());
    writeString(out, s.after());
  }

  private static ShapeXml readShape(DataInputStream in) throws IOException {
    return new ShapeXml(readString(in), readString(in));
  }

}
