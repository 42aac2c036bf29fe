package dev.tsuzuri.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a writer's files go. A name is relative to the output location and uses {@code /}
 * ("note.pdf", "note/01-intro.pptx"). Implementations decide whether files appear atomically.
 */
public interface Outputs {
  /** Opens a new output file; the caller closes the stream. */
  OutputStream open(String name) throws IOException;
}
