package dev.tsuzuri.write.docx.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * tsuzuri's default reference document as a ready .docx, for {@code tsuzuri templates export}:
 * a user restyles it in Word and passes it back as {@code --template}.
 */
public final class DocxReference {
  private DocxReference() {}

  /** The default reference .docx's bytes, zipped from {@code templates/docx/reference/}. */
  public static byte[] bytes() {
    return ReferenceDocx.bytes();
  }

  /** Writes the default reference .docx to a stream (which stays open). */
  public static void write(OutputStream out) throws IOException {
    out.write(ReferenceDocx.bytes());
  }
}
