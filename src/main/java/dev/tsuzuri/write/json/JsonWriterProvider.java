package dev.tsuzuri.write.json;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.NoOptions;
import dev.tsuzuri.write.WriterProvider;

/** The {@code json} format: the outline model as JSON, the debugging view (like pandoc's). */
public final class JsonWriterProvider implements WriterProvider<NoOptions> {
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

  @Override
  public Class<NoOptions> optionsType() {
    return NoOptions.class;
  }

  @Override
  public NoOptions defaults() {
    return NoOptions.INSTANCE;
  }

  /** The outline has no images, only their addresses: fetching them changes nothing. */
  @Override
  public boolean showsImages() {
    return false;
  }
}
