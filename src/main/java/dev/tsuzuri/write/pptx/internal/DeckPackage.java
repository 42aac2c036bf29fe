package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.write.ImageData;
import dev.tsuzuri.write.XmlChars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Assembles one deck's .pptx: the template's parts copied as they are, then the slides, notes
 * pages and pictures added, and the parts that list them (presentation, its relationships,
 * content types, document properties) written anew. One per deck.
 */
final class DeckPackage {
  private static final String PRESENTATION = "ppt/presentation.xml";
  private static final String PRESENTATION_RELS = "ppt/_rels/presentation.xml.rels";
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String CORE = "docProps/core.xml";
  private static final String CT = "application/vnd.openxmlformats-officedocument.presentationml.";

  private final PreparedTemplate template;
  /** The parts added, by name, in order. */
  private final Map<String, byte[]> added = new LinkedHashMap<>();
  private final Map<ImageKey, String> images = new HashMap<>();
  /** Each picture extension stored, with its content type. */
  private final List<String[]> imageTypes = new ArrayList<>();
  private int slides;
  private int notes;

  /** Image bytes compared by content: the same picture twice is stored once. */
  private record ImageKey(byte[] bytes, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ImageKey k && hash == k.hash && java.util.Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  DeckPackage(PreparedTemplate template) {
    this.template = template;
  }

  /** The number the next slide gets (1-based). */
  int nextSlide() {
    return slides + 1;
  }

  /** Adds the next slide. */
  void addSlide(CharSequence xml, SlideRels rels) {
    int n = ++slides;
    added.put("ppt/slides/slide" + n + ".xml", utf8(xml));
    added.put("ppt/slides/_rels/slide" + n + ".xml.rels", rels.bytes());
  }

  /** Adds a notes page for a slide; returns its target relative to the slide. */
  String addNotes(CharSequence xml, int slide) {
    int n = ++notes;
    SlideRels rels = new SlideRels();
    rels.add(SlideRels.NOTES_MASTER, relative(template.notes.masterPart()));
    rels.add(SlideRels.SLIDE, "../slides/slide" + slide + ".xml");
    added.put("ppt/notesSlides/notesSlide" + n + ".xml", utf8(xml));
    added.put("ppt/notesSlides/_rels/notesSlide" + n + ".xml.rels", rels.bytes());
    return "../notesSlides/notesSlide" + n + ".xml";
  }

  /** Stores a picture (once per content); returns its target relative to a slide. */
  String addImage(ImageData image) {
    byte[] b = image.bytes();
    return images.computeIfAbsent(new ImageKey(b, java.util.Arrays.hashCode(b)), k -> {
      String ext = image.format();
      String name = "image" + (images.size() + 1) + "." + ext;
      added.put("ppt/media/" + name, b);
      if (imageTypes.stream().noneMatch(t -> t[0].equals(ext))) {
        imageTypes.add(new String[] {ext, image.mimeType()});
      }
      return "../media/" + name;
    });
  }

  /** A part name as a target relative to a part in a folder under {@code /ppt/}. */
  static String relative(String part) {
    return part.startsWith("/ppt/") ? ".." + part.substring(4) : part;
  }

  /** The finished .pptx file. */
  byte[] finish(String title) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : template.parts.entrySet()) {
        byte[] data = switch (e.getKey()) {
          case CONTENT_TYPES -> utf8(contentTypes(string(e.getValue())));
          case PRESENTATION -> null;
          case PRESENTATION_RELS -> null;
          case CORE -> utf8(core(string(e.getValue()), title));
          default -> e.getValue();
        };
        if (data != null) {
          put(zip, e.getKey(), data);
        }
      }
      String rels = string(Objects.requireNonNull(template.parts.get(PRESENTATION_RELS)));
      int next = PackageParts.maxRelId(rels);
      StringBuilder entries = new StringBuilder();
      List<String> ids = new ArrayList<>(slides);
      for (int i = 1; i <= slides; i++) {
        String id = "rId" + (++next);
        ids.add(id);
        entries.append("<Relationship Id=\"").append(id).append("\" Type=\"")
            .append(SlideRels.SLIDE).append("\" Target=\"slides/slide").append(i)
            .append(".xml\"/>");
      }
      put(zip, PRESENTATION_RELS, utf8(PackageParts.insert(rels, "</Relationships>", entries)));
      put(zip, PRESENTATION, utf8(PackageParts.presentation(
          string(template.parts.get(PRESENTATION)), ids)));
      if (!template.parts.containsKey(CORE)) {
        put(zip, CORE, utf8(core(title)));
      }
      for (Map.Entry<String, byte[]> e : added.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private String contentTypes(String xml) {
    StringBuilder entries = new StringBuilder();
    for (String[] type : imageTypes) {
      if (!xml.toLowerCase(java.util.Locale.ROOT).contains("extension=\"" + type[0] + "\"")) {
        entries.append("<Default Extension=\"").append(type[0]).append("\" ContentType=\"")
            .append(type[1]).append("\"/>");
      }
    }
    for (int i = 1; i <= slides; i++) {
      entries.append("<Override PartName=\"/ppt/slides/slide").append(i)
          .append(".xml\" ContentType=\"").append(CT).append("slide+xml\"/>");
    }
    for (int i = 1; i <= notes; i++) {
      entries.append("<Override PartName=\"/ppt/notesSlides/notesSlide").append(i)
          .append(".xml\" ContentType=\"").append(CT).append("notesSlide+xml\"/>");
    }
    return PackageParts.insert(xml, "</Types>", entries);
  }

  private static final java.util.regex.Pattern TITLE_OR_CREATOR = java.util.regex.Pattern.compile(
      "<dc:(title|creator)\\s*/>|<dc:(title|creator)\\b[^>]*>.*?</dc:(title|creator)>",
      java.util.regex.Pattern.DOTALL);

  /** The template's document properties with this title and tsuzuri as the creator. */
  private static String core(String template, String title) {
    int end = template.lastIndexOf("</cp:coreProperties>");
    if (end < 0 || !template.contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")) {
      return core(title);
    }
    String kept = TITLE_OR_CREATOR.matcher(template.substring(0, end)).replaceAll("");
    StringBuilder s = new StringBuilder(kept).append("<dc:title>");
    XmlText.attribute(s, XmlChars.clean(title)).append("</dc:title><dc:creator>tsuzuri</dc:creator>")
        .append(template.substring(end));
    return s.toString();
  }

  private static String core(String title) {
    StringBuilder s = new StringBuilder(Xml.DECLARATION);
    s.append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/")
        .append("metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        .append("<dc:creator>tsuzuri</dc:creator><dc:title>");
    XmlText.attribute(s, XmlChars.clean(title)).append("</dc:title></cp:coreProperties>");
    return s.toString();
  }

  /** Every entry's time: the same deck from the same note is the same file, as POI made it. */
  private static final java.time.LocalDateTime ENTRY_TIME =
      java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }

  private static byte[] utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String string(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
