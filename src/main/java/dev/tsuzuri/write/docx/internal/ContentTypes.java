package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package's content types as a document adds to them, written as POI writes them: defaults
 * sorted by extension, overrides by part name. A picture's extension gets a default unless its
 * content type already has one, as POI decides. One per document.
 */
final class ContentTypes {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
  private static final Pattern DEFAULT = Pattern.compile("<Default\\s[^>]*?/>");
  private static final Pattern OVERRIDE = Pattern.compile("<Override\\s[^>]*?/>");

  /** Default elements by extension, and their content types. */
  private final Map<String, String> defaults = new TreeMap<>();
  private final Map<String, String> defaultTypes = new TreeMap<>();
  private final Map<String, String> overrides = new TreeMap<>(PartOrder.COMPARATOR);
  private final byte[] saved;
  private boolean changed;

  /** The content types of a saved package. */
  ContentTypes(byte[] saved) {
    this.saved = saved;
    String s = new String(saved, StandardCharsets.UTF_8);
    Matcher d = DEFAULT.matcher(s);
    while (d.find()) {
      String ext = attribute(d.group(), "Extension").toLowerCase(Locale.ROOT);
      defaults.put(ext, d.group());
      defaultTypes.put(ext, attribute(d.group(), "ContentType"));
    }
    Matcher o = OVERRIDE.matcher(s);
    while (o.find()) {
      overrides.put(attribute(o.group(), "PartName"), o.group());
    }
  }

  /** Registers a new part, as POI's content type manager does. */
  void add(String entry, String extension, String contentType) {
    String ext = extension.toLowerCase(Locale.ROOT);
    boolean typeHasDefault = defaultTypes.containsValue(contentType);
    if (defaults.containsKey(ext) && !typeHasDefault) {
      override("/" + entry, contentType);
    } else if (!typeHasDefault) {
      defaults.put(ext, "<Default ContentType=\"" + contentType + "\" Extension=\"" + ext + "\"/>");
      defaultTypes.put(ext, contentType);
      changed = true;
    }
  }

  /** Gives a part its own content type. */
  void override(String partName, String contentType) {
    StringBuilder b = new StringBuilder("<Override ContentType=\"").append(contentType)
        .append("\" PartName=\"");
    XmlText.attribute(b, partName).append("\"/>");
    overrides.put(partName, b.toString());
    changed = true;
  }

  /** The part. */
  byte[] bytes() {
    if (!changed) {
      return saved;
    }
    StringBuilder b = new StringBuilder(HEAD);
    defaults.values().forEach(b::append);
    overrides.values().forEach(b::append);
    return b.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String attribute(String element, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
    return m.find() ? m.group(1) : "";
  }
}
