package dev.tsuzuri.cli;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of one {@code convert} run: each from the command line if given there, else from
 * {@code tsuzuri.yaml}, else the default; checked and turned into a {@link ConvertRequest}.
 */
final class Settings {
  private static final List<String> PAGE_SIZES = List.of("A4", "A5", "B5", "Letter");
  private static final List<String> FONTS = List.of("sans", "serif");
  private static final List<String> PDF_STANDARDS = List.of("pdfa-2u");

  private final ConvertCommand cli;
  private final ProjectConfig config;

  /**
   * @param cli the parsed command line
   * @param config the project config, or null
   */
  Settings(ConvertCommand cli, ProjectConfig config) {
    this.cli = cli;
    this.config = config;
  }

  /**
   * The request.
   *
   * @throws UsageException when a value is not allowed, a format unknown or a file missing
   */
  ConvertRequest request(NoteReader reader) {
    ConvertRequest.Builder b = ConvertRequest.builder().inputs(cli.inputs).reader(reader);
    List<String> formats = formats();
    for (String f : formats) {
      try {
        Writers.forFormat(f);
      } catch (TsuzuriException e) {
        throw new UsageException(e.getMessage());
      }
    }
    b.formats(formats);
    b.output(pick(cli.output, c -> c.path("output"), Path.of("out")));
    b.options(options());
    pick(cli.resourcePath, c -> c.paths("resource-path"), List.<Path>of()).forEach(p -> {
      if (!Files.isDirectory(p)) {
        throw new UsageException("--resource-path: no such folder: " + p);
      }
      b.resourceRoot(p);
    });
    b.allowRemote(pick(cli.allowRemote, c -> c.bool("allow-remote"), false));
    b.drafts(pick(cli.drafts, c -> c.bool("drafts"), false));
    b.future(pick(cli.future, c -> c.bool("future"), false));
    b.expired(pick(cli.expired, c -> c.bool("expired"), false));
    site(b);
    b.force(cli.force);
    int jobs = pick(cli.jobs, c -> c.integer("jobs"), Runtime.getRuntime().availableProcessors());
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1: " + jobs);
    }
    b.jobs(jobs);
    pick(cli.include, c -> c.strings("include"), List.<String>of()).forEach(b::include);
    pick(cli.exclude, c -> c.strings("exclude"), List.<String>of()).forEach(b::exclude);
    return b.build();
  }

  /**
   * The Hugo site: {@code --no-site}, else {@code --site DIR}, else {@code site:} in the project
   * config (a folder, or {@code false} for none), else each note's own, found by walking up.
   */
  private void site(ConvertRequest.Builder b) {
    if (cli.noSite) {
      if (cli.site != null) {
        throw new UsageException("--site and --no-site: give one of them");
      }
      b.siteLookup(false);
      return;
    }
    Path dir = cli.site;
    if (dir == null && config != null) {
      Object v = config.values().get("site");
      if (v instanceof Boolean on) {
        b.siteLookup(on);
        return;
      }
      dir = config.path("site");
    }
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException("--site: no such folder: " + dir);
      }
      b.site(dir);
    }
  }

  /** How notes are read: the encoding, if one was given, and the limits. */
  ReadOptions readOptions() {
    String encoding = pick(cli.encoding, c -> c.string("encoding"), null);
    ReadOptions o = ReadOptions.defaults();
    if (encoding != null) {
      try {
        o = o.withCharset(java.nio.charset.Charset.forName(encoding.trim()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--encoding: unknown encoding '" + encoding + "' (try UTF-8, "
            + "Shift_JIS, EUC-JP, UTF-16)");
      }
    }
    return ReadSettings.withLimits(cli, o);
  }

  /** The formats asked for, not yet checked (default: pdf). */
  List<String> formats() {
    return pick(cli.formats, c -> c.strings("formats"), List.of("pdf"));
  }

  /** The writers' option records. */
  WriteOptions options() {
    Map<String, Path> templates = templates();
    boolean toc = pick(cli.toc, c -> c.bool("toc"), false);
    String pageSize = oneOf("--page-size",
        pick(cli.pageSize, c -> c.string("page-size"), "A4"), PAGE_SIZES);
    String font = oneOf("--font", pick(cli.font, c -> c.string("font"), "sans"), FONTS);
    String standard = pick(cli.pdfStandard, c -> c.string("pdf-standard"), null);
    if (standard != null) {
      standard = oneOf("--pdf-standard", standard, PDF_STANDARDS);
    }
    Path css = existing("--css", pick(cli.css, c -> c.path("css"), null));
    boolean tagged = pick(cli.tagged, c -> c.bool("tagged"), false);
    PdfOptions pdf = new PdfOptions(pageSize, toc, templates.get("html"), css, font, standard,
        tagged);
    DocxOptions docx = new DocxOptions(templates.get("docx"), toc,
        pick(cli.embedFonts, c -> c.bool("embed-fonts"), true));
    String decks = oneOf("--decks", pick(cli.decks, c -> c.string("decks"), "document"),
        List.of("document", "session"));
    int level = pick(cli.sessionLevel, c -> c.integer("session-level"), 2);
    if (level < 1 || level > 6) {
      throw new UsageException("--session-level must be 1 to 6: " + level);
    }
    PptxOptions pptx = new PptxOptions(templates.get("pptx"),
        PptxOptions.Decks.valueOf(decks.toUpperCase(Locale.ROOT)), level);
    return WriteOptions.defaults().with(pdf).with(docx).with(pptx);
  }

  /** Templates by kind ("docx", "pptx", "html"), chosen by file extension. */
  private Map<String, Path> templates() {
    Map<String, Path> byKind = new java.util.HashMap<>();
    for (Path t : pick(cli.templates, c -> c.paths("template"), List.<Path>of())) {
      String name = t.getFileName().toString().toLowerCase(Locale.ROOT);
      String kind = name.endsWith(".docx") ? "docx" : name.endsWith(".pptx") ? "pptx"
          : name.endsWith(".html") || name.endsWith(".xhtml") || name.endsWith(".htm") ? "html"
          : null;
      if (kind == null) {
        throw new UsageException("--template: " + t + " is not a .docx, .pptx or .html template");
      }
      if (byKind.put(kind, existing("--template", t)) != null) {
        throw new UsageException("--template: two ." + kind + " templates given");
      }
      if (!kind.equals("html") && !isZip(t)) {
        throw new UsageException("--template: " + t + " is not a ." + kind
            + " file (it is not even a zip archive)");
      }
    }
    return byKind;
  }

  private static boolean isZip(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (java.io.IOException e) {
      throw new UsageException("--template: cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Path existing(String option, Path file) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException(option + ": no such file: " + file);
    }
    return file;
  }

  private static String oneOf(String option, String value, List<String> allowed) {
    for (String a : allowed) {
      if (a.equalsIgnoreCase(value.trim())) {
        return a;
      }
    }
    throw new UsageException(option + ": '" + value + "' is not one of "
        + String.join(", ", allowed));
  }

  private <T> T pick(T fromCli, java.util.function.Function<ProjectConfig, T> fromConfig,
      T fallback) {
    if (fromCli != null) {
      return fromCli;
    }
    if (config != null) {
      T v = fromConfig.apply(config);
      if (v != null) {
        return v;
      }
    }
    return fallback;
  }
}
