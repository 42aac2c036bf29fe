package dev.tsuzuri.write.docx.internal;

import java.util.Map;

/** Placeholder until embedding lands: leaves the package as it is. */
final class FontEmbedding {
  private FontEmbedding() {}

  static void apply(Map<String, byte[]> parts, boolean embed) {
    // filled in by the next step
  }
}
