package dev.tsuzuri.serve.internal;

import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the index shows of a note.
 *
 * @param title the title (the front matter's, else the first heading's), else the file name
 * @param date the date, or null
 * @param tags the tags
 * @param draft whether it is marked as a draft
 * @param warnings how many warnings its last conversion to HTML gave (or its reading, before one)
 * @param error why it cannot be read, or null
 */
record Summary(String title, OffsetDateTime date, List<String> tags, boolean draft, int warnings,
    String error) {
  Summary {
    tags = List.copyOf(tags);
  }

  static Summary of(Document doc, String fallbackTitle, int warnings) {
    Metadata m = doc.metadata();
    String title = doc.title().isBlank() ? fallbackTitle : doc.title();
    return new Summary(title, m.date(), m.tags(), m.draft(), warnings, null);
  }

  static Summary failed(String fallbackTitle, String error) {
    return new Summary(fallbackTitle, null, List.of(), false, 0, error);
  }

  /** The same with another warning count. */
  Summary withWarnings(int count) {
    return new Summary(title, date, tags, draft, count, error);
  }
}
