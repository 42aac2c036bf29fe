package dev.tsuzuri.write;

/**
 * A plug-in that makes one output format, found through {@link java.util.ServiceLoader}.
 *
 * <p>Providers are cheap to construct; the expensive part (fonts, templates) happens in {@link
 * #create()} or on first use, so only the formats a user asks for cost anything. Register an
 * implementation in {@code META-INF/services/dev.tsuzuri.write.WriterProvider}.
 */
public interface WriterProvider {
  /** The format's name, lower case, as typed after {@code --to}: "pdf", "docx". */
  String format();

  /** The file extension of the main output, without the dot. */
  String extension();

  /** One line for {@code tsuzuri formats}. */
  String description();

  /** A writer; it may be shared by threads, so it keeps no per-document state in fields. */
  DocumentWriter create();
}
