package dev.tsuzuri.write;

import java.util.List;

/**
 * A plug-in that makes one output format, found through {@link java.util.ServiceLoader}, that
 * describes itself: its options record, their defaults, the settings users choose them with,
 * what of them its outputs depend on, and its templates.
 *
 * <p>The command line and the conversion ask providers for all of this and name no writer, so a
 * format added from another jar gets its flags, its {@code tsuzuri.yaml} keys, its incremental
 * rebuilds and its templates like the built-in ones.
 *
 * <p>Providers are cheap to construct; the expensive part (fonts, templates) happens in {@link
 * #create()} or on first use, so only the formats a user asks for cost anything. Register an
 * implementation in {@code META-INF/services/dev.tsuzuri.write.WriterProvider} (or with {@code
 * provides} in a module).
 *
 * @param <O> the writer's options record ({@link NoOptions} when it has none)
 */
public interface WriterProvider<O> {
  /** The format's name, lower case, as typed after {@code --to}: "pdf", "docx". */
  String format();

  /** The file extension of the main output, without the dot. */
  String extension();

  /** One line for {@code tsuzuri formats}. */
  String description();

  /** A writer; it may be shared by threads, so it keeps no per-document state in fields. */
  DocumentWriter create();

  /** The type of the writer's options record, under which {@link WriteOptions} keeps it. */
  Class<O> optionsType();

  /** The options used when the caller gave none. */
  O defaults();

  /** The options this writer uses in a conversion: the caller's record, else the defaults. */
  default O optionsIn(WriteOptions options) {
    return options.get(optionsType(), this::defaults);
  }

  /**
   * The settings users choose the options with: command-line flags and {@code tsuzuri.yaml}
   * keys. Two writers may list the same setting (both read {@code toc}); it is offered once.
   */
  default List<Setting> settings() {
    return List.of();
  }

  /**
   * The options for the values users gave; what they did not give keeps its default.
   *
   * @throws InvalidOptionException naming the setting when a value is not allowed
   */
  default O options(SettingValues values) {
    return defaults();
  }

  /**
   * Feeds what the outputs depend on in the options to the incremental build's fingerprint. The
   * default feeds every component of the record, and the content of the files it names.
   */
  default void fingerprint(O options, FingerprintSink sink) {
    sink.record(options);
  }

  /**
   * Whether the outputs show the note's images, so that fetching remote images or not changes
   * them (false for a format that only describes the outline).
   */
  default boolean showsImages() {
    return true;
  }

  /**
   * The file extensions, without the dot, of the templates this writer takes through {@code
   * --template}: "docx" for Word, "html" and "xhtml" for a page structure. Empty: no templates.
   */
  default List<String> templateExtensions() {
    return List.of();
  }

  /**
   * The class-path folders of the templates this writer ships, for {@code tsuzuri templates
   * export}: "templates/pdf" (folders under {@code templates/}, so that they can be listed in a
   * jar). A folder holding an unzipped Office package (with a {@code
   * [Content_Types].xml}) is exported zipped, as the document it is.
   */
  default List<String> bundledTemplates() {
    return List.of();
  }
}
