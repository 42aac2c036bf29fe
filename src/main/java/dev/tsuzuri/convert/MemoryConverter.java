package dev.tsuzuri.convert;

import dev.tsuzuri.diag.Messages;
import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Converts one note held in memory to files held in memory, without touching the disk: for
 * servers and distributed jobs that read notes from and write outputs to somewhere else. The
 * writers are created once and shared by the threads calling {@link #convert}; {@link #prepare}
 * loads their fonts and templates ahead of the first note.
 *
 * <pre>{@code
 * MemoryConverter converter = new MemoryConverter(List.of("pdf", "docx"),
 *     MarkdownReader.defaults(), WriteOptions.defaults(), false);
 * MemoryConverter.Result r = converter.convert(bytes, "posts/a.md", "a",
 *     warnings -> Resources.none(warnings));
 * r.files().get("docx").get("a.docx");   // the Word file's bytes
 * }</pre>
 */
public final class MemoryConverter {
  private final MarkdownReader reader;
  private final WriteOptions options;
  private final boolean drafts;
  private final Map<String, DocumentWriter> writers = new LinkedHashMap<>();

  /**
   * A converter to some formats.
   *
   * @param formats format names ({@link Writers#formats()})
   * @param reader how notes are read
   * @param options the writers' option records
   * @param drafts whether notes marked {@code draft: true} are converted too
   * @throws dev.tsuzuri.diag.TsuzuriException when a format is unknown
   */
  public MemoryConverter(List<String> formats, MarkdownReader reader, WriteOptions options,
      boolean drafts) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.options = Objects.requireNonNull(options, "options");
    this.drafts = drafts;
    for (String f : formats) {
      String format = f.trim().toLowerCase(java.util.Locale.ROOT);
      writers.putIfAbsent(format, Writers.forFormat(format).create());
    }
    if (writers.isEmpty()) {
      throw new IllegalArgumentException("no format");
    }
  }

  /**
   * Loads what the writers keep for the whole process (parsed fonts, prepared templates) now,
   * rather than on the first note. A problem found here is left for the first note to report.
   */
  public void prepare() {
    for (DocumentWriter w : writers.values()) {
      try {
        w.prepare(options);
      } catch (RuntimeException | LinkageError e) {
        // the first write reports it, naming the note
      }
    }
  }

  /**
   * Converts one note to every format; never throws for a problem with the note.
   *
   * @param note the note's bytes
   * @param name the note as messages name it (its path or address)
   * @param stem the output name without extension ({@link NotePlace#stem()})
   * @param resources the note's resources, given the warning sink they report to
   * @return the files by format, or why the note or a format failed
   */
  public Result convert(byte[] note, String name, String stem,
      Function<WarningSink, Resources> resources) {
    WarningSink warnings = WarningSink.collecting(name);
    Document doc;
    try {
      doc = reader.read(note, warnings);
    } catch (Throwable t) {
      Messages.rethrowFatal(t);
      return new Result(Status.FAILED, Map.of(), Map.of(), Messages.describe(t, name, null),
          warnings.warnings());
    }
    if (doc.metadata().draft() && !drafts) {
      return new Result(Status.DRAFT, Map.of(), Map.of(), null, warnings.warnings());
    }
    Resources res;
    try {
      res = resources.apply(warnings);
    } catch (RuntimeException e) {
      return new Result(Status.FAILED, Map.of(), Map.of(), Messages.describe(e, name, null),
          warnings.warnings());
    }
    Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    writers.forEach((format, writer) -> {
      MemoryOutputs outputs = new MemoryOutputs();
      try {
        writer.write(doc, new WriteContext(stem, outputs, res, options, warnings));
        files.put(format, outputs.all());
      } catch (Throwable t) {
        Messages.rethrowFatal(t);
        errors.put(format, Messages.describe(t, name, format));
      }
    });
    return new Result(errors.isEmpty() ? Status.CONVERTED : Status.FAILED, files, errors, null,
        warnings.warnings());
  }

  /** The outcome of one note. */
  public enum Status {
    /** Every format written. */
    CONVERTED,
    /** Not converted: a draft, and drafts were not asked for. */
    DRAFT,
    /** The note could not be read, or some format could not be written. */
    FAILED
  }

  /**
   * What converting one note gave.
   *
   * @param status converted, draft or failed
   * @param files for each format written, its files by name ({@code a.pdf}, {@code
   *     a/01-intro.pptx}) in the order written; a failed format has none
   * @param errors for each format that failed, the one-line message
   * @param readError the one-line message when the note could not be read, else null
   * @param warnings what was approximated or left out
   */
  public record Result(Status status, Map<String, Map<String, byte[]>> files,
      Map<String, String> errors, String readError, List<Warning> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
      files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
      errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
  }
}
