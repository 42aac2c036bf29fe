package dev.tsuzuri.write.json;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriterProvider;

/** The {@code json} format: the outline model as JSON, the debugging view (like pandoc's). */
public final class JsonWriterProvider implements WriterProvider {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public String description() {
    return "the outline as JSON, for debugging and other tools";
  }

  @Override
  public DocumentWriter create() {
    return new JsonWriter();
  }
}
