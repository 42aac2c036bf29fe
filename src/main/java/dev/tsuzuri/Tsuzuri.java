package dev.tsuzuri;

import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.convert.BatchListener;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.convert.run.Converter;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.outline.Document;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The entry point for Java callers: read notes into outlines and convert notes or whole folders
 * to PDF, Word, PowerPoint, HTML or JSON.
 *
 * <p>Convert one note to a PDF and a Word file in {@code out/}:
 *
 * <pre>{@code
 * BatchResult result = Tsuzuri.convert(Path.of("notes/seminar.md"), Path.of("out"), "pdf", "docx");
 * if (!result.ok()) {
 *   result.failures().forEach(f -> System.err.println(f.error()));
 * }
 * }</pre>
 *
 * <p>Convert a blog's content folder incrementally, four notes at a time, A5 PDFs:
 *
 * <pre>{@code
 * BatchResult result = Tsuzuri.convert(ConvertRequest.builder()
 *     .input(Path.of("content"))
 *     .output(Path.of("public/print"))
 *     .formats("pdf", "pptx")
 *     .options(WriteOptions.defaults()
 *         .with(PdfOptions.builder().pageSize(PageSize.A5).build()))
 *     .jobs(4)
 *     .build());
 * }</pre>
 *
 * <p>Fetch the http and https images notes refer to, which is off by default (then nothing
 * connects anywhere and a remote image becomes a placeholder with a warning):
 *
 * <pre>{@code
 * BatchResult result = Tsuzuri.convert(ConvertRequest.builder()
 *     .input(Path.of("notes"))
 *     .formats("pdf", "docx")
 *     .allowRemote(true)
 *     .build());
 * }</pre>
 *
 * <p>Read a note into its outline:
 *
 * <pre>{@code
 * Document doc = Tsuzuri.read(Path.of("notes/seminar.md"));
 * System.out.println(doc.title());
 * }</pre>
 */
public final class Tsuzuri {
  private Tsuzuri() {}

  /**
   * Reads a Markdown note into its outline, dropping warnings.
   *
   * @param file the note
   * @return the outline
   * @throws IOException when the file cannot be read
   * @throws TsuzuriException when the note is malformed (bad front matter, say)
   * @see #read(Path, WarningSink)
   */
  public static Document read(Path file) throws IOException {
    return read(file, WarningSink.collecting(file.toString()));
  }

  /**
   * Reads a Markdown note into its outline, reporting what was approximated. A note inside a
   * Hugo site (a folder above it with {@code hugo.toml}, {@code config.toml} …) is read with the
   * site's own shortcode templates, as {@code convert} reads it.
   *
   * @param file the note
   * @param warnings receives the warnings
   * @return the outline
   * @throws IOException when the file cannot be read
   * @throws TsuzuriException when the note is malformed
   */
  public static Document read(Path file, WarningSink warnings) throws IOException {
    NoteReader reader = MarkdownReader.defaults();
    java.util.Optional<dev.tsuzuri.site.Site> site =
        dev.tsuzuri.site.internal.Sites.lookingUp().forNote(file, warnings);
    return site.isPresent() ? reader.forSite(site.get()).read(file, warnings)
        : reader.read(file, warnings);
  }

  /**
   * Reads Markdown text into an outline. Relative images cannot be found, having no folder.
   *
   * @param markdown the note's text, front matter included
   * @return the outline
   * @throws TsuzuriException when the note is malformed
   */
  public static Document read(String markdown) {
    return MarkdownReader.defaults().read(markdown, WarningSink.collecting(""));
  }

  /**
   * Converts a note, or every note in a folder, to the given formats.
   *
   * <p>A file gives {@code outDir/<stem>.<ext>} per format. A folder is searched recursively for
   * {@code .md} and {@code .markdown} notes, its tree is mirrored under {@code outDir}, drafts are
   * skipped, and notes that did not change since the last run are not converted again.
   *
   * @param input a note or a folder of notes
   * @param outDir the output folder, created when missing
   * @param formats format names such as "pdf", "docx", "pptx", "html", "json"
   * @return what happened to each note; problems with single notes are reported there
   * @throws TsuzuriException when the input does not exist, a format is unknown or the output
   *     folder cannot be created
   */
  public static BatchResult convert(Path input, Path outDir, String... formats) {
    return convert(ConvertRequest.builder().input(input).output(outDir).formats(formats).build());
  }

  /**
   * Converts what a request names, with its options.
   *
   * @param request inputs, output folder, formats and options
   * @return what happened to each note
   * @throws TsuzuriException when an input does not exist, a format is unknown or the output
   *     folder cannot be created
   */
  public static BatchResult convert(ConvertRequest request) {
    return convert(request, BatchListener.NONE);
  }

  /**
   * Converts what a request names, telling a listener about each note as it is done.
   *
   * @param request inputs, output folder, formats and options
   * @param listener hears about progress, from worker threads
   * @return what happened to each note
   * @throws TsuzuriException as {@link #convert(ConvertRequest)}
   */
  public static BatchResult convert(ConvertRequest request, BatchListener listener) {
    return Converter.run(request, listener);
  }
}
