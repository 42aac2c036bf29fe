package dev.tsuzuri.write;

import dev.tsuzuri.outline.Document;
import java.io.IOException;

/** Writes an outline {@link Document} in one output format. */
public interface DocumentWriter {
  /**
   * Writes the document's output files through the context's outputs. A writer throws {@link
   * dev.tsuzuri.diag.TsuzuriException} for a problem the user can fix, and reports what it had to leave
   * out or approximate as warnings.
   *
   * @param document the outline to write
   * @param context where to write, where resources come from, options and warnings
   * @throws IOException when writing fails
   */
  void write(Document document, WriteContext context) throws IOException;

  /**
   * Loads what a first {@link #write} with these options needs and keeps for the whole process
   * (parsed fonts, prepared templates), so that a caller with an idle core can have it done while
   * the note is still being read. Optional: writing works without it, and a problem found here
   * is left for the write to report.
   *
   * @param options the options the documents will be written with
   */
  default void prepare(WriteOptions options) {}
}
