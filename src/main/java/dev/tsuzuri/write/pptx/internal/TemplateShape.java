package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A template given another slide shape (a Marp deck's {@code size: 4:3} on a 16:9 template, or
 * the other way round): the width is kept, the height set to the ratio, and every shape of the
 * masters and layouts moved and stretched vertically in proportion, so titles, bodies, footers
 * and the master's rules keep their places relative to the slide. Text sizes are kept: a 4:3
 * slide holds more lines, and the slide plan measures against this geometry, since it measures
 * in the reshaped template.
 */
final class TemplateShape {
  private TemplateShape() {}

  /** The slide size in a presentation part, with its type when it has one. */
  private static final Pattern SLIDE_SIZE =
      Pattern.compile("<p:sldSz cx=\"(\\d{1,12})\" cy=\"(\\d{1,12})\"( type=\"[A-Za-z0-9]{0,40}\")?");
  /** A shape's offset; its vertical part is moved. */
  private static final Pattern OFFSET =
      Pattern.compile("<a:(off|chOff) x=\"(-?\\d{1,12})\" y=\"(-?\\d{1,12})\"");
  /** A shape's extent; its vertical part is stretched. */
  private static final Pattern EXTENT =
      Pattern.compile("<a:(ext|chExt) cx=\"(\\d{1,12})\" cy=\"(\\d{1,12})\"");

  /** The reshaped bytes, by source bytes (compared by identity) and ratio: a batch asks once. */
  private static final Map<byte[], Map<Double, Template>> MADE = new IdentityHashMap<>();
  private static final int MAX_CACHED = 8;

  /**
   * The template with slides of this width-to-height ratio, or the template itself when its
   * slides have that shape already (within 1%).
   */
  static Template reshaped(Template template, double ratio) {
    synchronized (MADE) {
      if (MADE.size() >= MAX_CACHED && !MADE.containsKey(template.bytes())) {
        MADE.clear();
      }
      return MADE.computeIfAbsent(template.bytes(), k -> new java.util.HashMap<>())
          .computeIfAbsent(ratio, r -> {
            byte[] b = reshape(template.bytes(), r, template.name());
            return b == template.bytes() ? template
                : new Template(b, template.name() + " (" + name(r) + ")");
          });
    }
  }

  private static String name(double ratio) {
    return Math.abs(ratio - 4.0 / 3) < 0.01 ? "4:3" : Math.abs(ratio - 16.0 / 9) < 0.01 ? "16:9"
        : String.format(java.util.Locale.ROOT, "%.2f:1", ratio);
  }

  /** The .pptx bytes with slides of this ratio (the same array when they have it already). */
  static byte[] reshape(byte[] pptx, double ratio, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pptx))) {
      byte[] presentation = null;
      Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] b = in.readAllBytes();
        parts.put(e.getName(), b);
        if (e.getName().equals("ppt/presentation.xml")) {
          presentation = b;
        }
      }
      if (presentation == null) {
        throw new TsuzuriException(name + ": no ppt/presentation.xml to reshape");
      }
      String p = new String(presentation, StandardCharsets.UTF_8);
      Matcher m = SLIDE_SIZE.matcher(p);
      if (!m.find()) {
        throw new TsuzuriException(name + ": no slide size to reshape");
      }
      long width = Long.parseLong(m.group(1));
      long height = Long.parseLong(m.group(2));
      long newHeight = Math.round(width / ratio);
      if (Math.abs(newHeight - height) < 0.01 * height) {
        return pptx;
      }
      double factor = (double) newHeight / height;
      parts.put("ppt/presentation.xml", (p.substring(0, m.start()) + "<p:sldSz cx=\"" + width
          + "\" cy=\"" + newHeight + "\"" + p.substring(m.end()))
          .getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream out = new ByteArrayOutputStream(pptx.length + 1024);
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
          byte[] b = e.getValue();
          if (isMasterOrLayout(e.getKey())) {
            b = stretched(new String(b, StandardCharsets.UTF_8), factor)
                .getBytes(StandardCharsets.UTF_8);
          }
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(b);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new TsuzuriException(name + ": cannot reshape the template (" + e.getMessage() + ")");
    }
  }

  private static boolean isMasterOrLayout(String part) {
    return (part.startsWith("ppt/slideMasters/") || part.startsWith("ppt/slideLayouts/"))
        && part.endsWith(".xml") && !part.contains("/_rels/");
  }

  /** The part's shapes moved and stretched vertically by a factor. Linear in its length. */
  static String stretched(String xml, double factor) {
    StringBuilder out = new StringBuilder(xml.length() + 256);
    Matcher off = OFFSET.matcher(xml);
    int at = 0;
    while (off.find()) {
      out.append(xml, at, off.start()).append("<a:").append(off.group(1)).append(" x=\"")
          .append(off.group(2)).append("\" y=\"")
          .append(Math.round(Long.parseLong(off.group(3)) * factor)).append('"');
      at = off.end();
    }
    out.append(xml, at, xml.length());
    String moved = out.toString();
    out.setLength(0);
    Matcher ext = EXTENT.matcher(moved);
    at = 0;
    while (ext.find()) {
      out.append(moved, at, ext.start()).append("<a:").append(ext.group(1)).append(" cx=\"")
          .append(ext.group(2)).append("\" cy=\"")
          .append(Math.round(Long.parseLong(ext.group(3)) * factor)).append('"');
      at = ext.end();
    }
    out.append(moved, at, moved.length());
    return out.toString();
  }
}
