package dev.tsuzuri.write.docx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pictures a document adds as media parts: named {@code word/media/imageN.ext} as POI names
 * them (N one more than the package's pictures, skipping names taken) and stored once however
 * often the same picture is shown. One per document.
 */
final class Pictures {
  /** A media part: its zip entry, bytes and content type. */
  record Media(String entry, byte[] bytes, String extension, String contentType) {}

  private final Set<String> templateParts;
  private final List<Media> added = new ArrayList<>();
  private int placed;

  /** @param templateParts the zip entries of the template's own pictures */
  Pictures(Set<String> templateParts) {
    this.templateParts = templateParts;
  }

  /**
   * The part for a picture, made at its first use.
   *
   * @param format the picture's format: png, jpeg, gif, else bmp
   */
  Media add(byte[] bytes, String format) {
    for (Media m : added) {
      if (Arrays.equals(m.bytes(), bytes)) {
        return m;
      }
    }
    String ext = switch (format) {
      case "png", "jpeg", "gif" -> format;
      default -> "bmp";
    };
    int n = templateParts.size() + added.size() + 1;
    while (taken("word/media/image" + n + "." + ext)) {
      n++;
    }
    Media m = new Media("word/media/image" + n + "." + ext, bytes.clone(), ext, "image/" + ext);
    added.add(m);
    return m;
  }

  private boolean taken(String entry) {
    if (templateParts.contains(entry)) {
      return true;
    }
    for (Media m : added) {
      if (m.entry().equals(entry)) {
        return true;
      }
    }
    return false;
  }

  /** Counts a picture placed and gives its number, from 1, unique in the document. */
  int number() {
    return ++placed;
  }

  /** The parts added, in order. */
  List<Media> added() {
    return added;
  }

  /** The parts added by entry. */
  Map<String, byte[]> parts() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (Media m : added) {
      parts.put(m.entry(), m.bytes());
    }
    return parts;
  }
}
