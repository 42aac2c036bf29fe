package dev.tsuzuri.write.json;

import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the outline as UTF-8 JSON ({@link OutlineJson}); stateless and shareable. */
public final class JsonWriter implements DocumentWriter {
  @Override
  public void write(Document document, WriteContext context) throws IOException {
    byte[] bytes = OutlineJson.of(document).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = context.openMain("json")) {
      out.write(bytes);
    }
  }
}
