package dev.tsuzuri.read.internal.html;

import java.util.List;

/** What reading HTML needs from the note being read: warnings and section nesting. */
public interface HtmlContext {
  /** Reports something approximated at a line of the note. */
  void warn(int line, String message);

  /**
   * Reports active or interactive content that was dropped ({@code <script>}, a form, an event
   * handler); the note gets one warning however much is dropped.
   */
  void dropped(int line, String what);

  /** Nests headings and blocks into sections whose ids are unique in the note. */
  List<dev.tsuzuri.outline.Block> nest(List<Part> parts);
}
