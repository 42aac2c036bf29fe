package dev.tsuzuri.beam;

import dev.tsuzuri.cli.ConvertSettings;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.html.HtmlOptions;
import dev.tsuzuri.write.pdf.PageSize;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.pdf.PdfStandard;
import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a worker needs to convert notes as {@code tsuzuri convert} would, in a form that
 * travels with the job: the option values, and the bytes of the templates and stylesheet (which
 * are files on the machine that started the job, not on the workers).
 *
 * @param inputs where the notes are
 * @param output the output prefix, without a trailing slash
 * @param formats the formats to write
 * @param extraRoots folders besides each note's own that pictures may come from: the input
 *     folder, the resource folders and the site root
 * @param siteFolders folders site-absolute pictures ({@code /images/x.png}) are looked up in
 * @param allowRemote whether http and https pictures are fetched
 * @param drafts whether drafts are converted
 * @param include the {@code --include} globs
 * @param exclude the {@code --exclude} globs
 * @param read how notes are read
 * @param write how outputs are written
 */
record JobSettings(Inputs inputs, String output, List<String> formats, List<String> extraRoots,
    List<String> siteFolders, boolean allowRemote, boolean drafts, List<String> include,
    List<String> exclude, Read read, Write write) implements Serializable {
  private static final long serialVersionUID = 1L;

  JobSettings {
    formats = List.copyOf(formats);
    extraRoots = List.copyOf(extraRoots);
    siteFolders = List.copyOf(siteFolders);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The reading options that travel: an encoding name (or null) and the limits. */
  record Read(String charset, long maxInputBytes, int maxNesting, int maxFrontMatterBytes)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Read of(ReadOptions o) {
      return new Read(o.charset() == null ? null : o.charset().name(), o.maxInputBytes(),
          o.maxNestingDepth(), o.maxFrontMatterBytes());
    }

    MarkdownReader reader() {
      ReadOptions o = ReadOptions.defaults().withLimits(maxInputBytes, maxNesting,
          maxFrontMatterBytes);
      return new MarkdownReader(charset == null ? o : o.withCharset(Charset.forName(charset)));
    }
  }

  /** A file the launcher read for the workers: a template or stylesheet. */
  record Staged(String fileName, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Staged of(Path file) {
      if (file == null) {
        return null;
      }
      try {
        return new Staged(file.getFileName().toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }

    /** The file written into a worker's folder, under its own name. */
    Path writeInto(Path folder, String kind) {
      try {
        Path dir = Files.createDirectories(folder.resolve(kind));
        return Files.write(dir.resolve(fileName), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The option values of the bundled writers, with their files staged. A writer whose options
   * are not among these gets its defaults on the workers.
   */
  record Write(PageSize pageSize, boolean pdfToc, Staged pdfTemplate, Staged pdfCss,
      BodyFont pdfFont, PdfStandard standard, boolean tagged, boolean htmlToc,
      Staged htmlTemplate, Staged htmlCss, BodyFont htmlFont, Staged docxTemplate,
      boolean docxToc, boolean embedFonts, Staged pptxTemplate, DeckSplit decks,
      int sessionLevel) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Write of(WriteOptions o) {
      PdfOptions pdf = o.get(PdfOptions.class, PdfOptions::defaults);
      HtmlOptions html = o.get(HtmlOptions.class, HtmlOptions::defaults);
      DocxOptions docx = o.get(DocxOptions.class, DocxOptions::defaults);
      PptxOptions pptx = o.get(PptxOptions.class, PptxOptions::defaults);
      return new Write(pdf.pageSize(), pdf.toc(), Staged.of(pdf.template()),
          Staged.of(pdf.css()), pdf.font(), pdf.standard(), pdf.tagged(), html.toc(),
          Staged.of(html.template()), Staged.of(html.css()), html.font(),
          Staged.of(docx.template()), docx.toc(), docx.embedFonts(),
          Staged.of(pptx.template()), pptx.decks(), pptx.sessionLevel());
    }

    /**
     * The options on a worker; staged files are written once into {@code folder} (null when
     * there are none to write).
     */
    WriteOptions options(Path folder) {
      PdfOptions pdf = PdfOptions.builder().pageSize(pageSize).toc(pdfToc)
          .template(staged(pdfTemplate, folder, "pdf")).css(staged(pdfCss, folder, "pdf-css"))
          .font(pdfFont).standard(standard).tagged(tagged).build();
      HtmlOptions html = HtmlOptions.builder().toc(htmlToc)
          .template(staged(htmlTemplate, folder, "html"))
          .css(staged(htmlCss, folder, "html-css")).font(htmlFont).build();
      DocxOptions docx = DocxOptions.builder().template(staged(docxTemplate, folder, "docx"))
          .toc(docxToc).embedFonts(embedFonts).build();
      PptxOptions pptx = PptxOptions.builder().template(staged(pptxTemplate, folder, "pptx"))
          .decks(decks).sessionLevel(sessionLevel).build();
      return WriteOptions.defaults().with(pdf).with(html).with(docx).with(pptx);
    }

    /** True when some template or stylesheet has to be written out on the workers. */
    boolean hasFiles() {
      return pdfTemplate != null || pdfCss != null || htmlTemplate != null || htmlCss != null
          || docxTemplate != null || pptxTemplate != null;
    }

    private static Path staged(Staged s, Path folder, String kind) {
      return s == null ? null : s.writeInto(folder, kind);
    }
  }

  /**
   * The settings of a job: the job's own options, then the {@code convert} options and the
   * {@code tsuzuri.yaml} found above a local input (or named by {@code --config}).
   *
   * @throws IllegalArgumentException when an option is not allowed
   */
  static JobSettings of(JobArgs args, Inputs inputs) {
    Path configStart = inputs.localFolder();
    List<String> convertArgs = new ArrayList<>(args.convertOptions());
    args.formats().forEach(f -> convertArgs.add("--to=" + f));
    ConvertSettings settings = ConvertSettings.parse(configStart, convertArgs);
    ConvertRequest request = settings.request();
    List<String> roots = new ArrayList<>();
    if (inputs.folder()) {
      roots.add(inputs.root());
    }
    request.resourceRoots().forEach(p -> roots.add(p.toAbsolutePath().normalize().toString()));
    args.resourcePaths().forEach(p -> roots.add(Inputs.absolute(p)));
    List<String> siteFolders = new ArrayList<>();
    if (args.site() != null) {
      String site = Inputs.absolute(args.site());
      roots.add(site);
      siteFolders.add(site + "/static");
    }
    return new JobSettings(inputs, Inputs.absolute(args.output()), request.formats(), roots,
        siteFolders, request.allowRemote(), request.drafts(), request.include(),
        request.exclude(), Read.of(settings.readOptions()), Write.of(request.options()));
  }
}
