package dev.tsuzuri.read.markdown;

import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.read.internal.FrontMatter;
import dev.tsuzuri.read.internal.LanguageDetector;
import dev.tsuzuri.read.internal.MarkdownHtml;
import dev.tsuzuri.read.internal.template.SiteTemplates;
import dev.tsuzuri.site.Site;
import dev.tsuzuri.read.internal.MetadataMapper;
import dev.tsuzuri.read.internal.ReadSession;
import dev.tsuzuri.read.internal.SourceText;
import dev.tsuzuri.read.internal.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a Markdown note (Hugo front matter, shortcodes, CommonMark with GFM tables, footnotes,
 * strikethrough, task lists and autolinks) into an outline {@link Document}.
 *
 * <p>Immutable and thread-safe: one reader can serve a whole batch. Problems the user can fix
 * (malformed front matter, undecodable text, input over a limit) throw a {@link
 * TsuzuriException} naming the line of the original file; what had to be approximated (an
 * unknown shortcode, a removed control character) goes to the warning sink.
 */
public final class MarkdownReader implements NoteReader {
  private static final MarkdownReader DEFAULT = new MarkdownReader(ReadOptions.defaults());

  private final ReadOptions options;

  /** A reader with these options. */
  public MarkdownReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The reader with the default options, shared: it keeps no state between notes. */
  public static MarkdownReader defaults() {
    return DEFAULT;
  }

  /** The options this reader uses. */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a note file, detecting its encoding unless the options name one.
   *
   * @param file the note
   * @param warnings where approximations are reported
   * @return the outline
   * @throws IOException when the file cannot be read
   * @throws TsuzuriException when the note is too large, not decodable or malformed
   */
  @Override
  public Document read(Path file, WarningSink warnings) throws IOException {
    String source = warnings.source().isEmpty() ? file.toString() : warnings.source();
    long size = Files.size(file);
    if (size > options.maxInputBytes()) {
      throw tooLarge(source, size);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxInputBytes() + 1));
    }
    return read(bytes, source, warnings);
  }

  /**
   * Reads a note from its bytes, detecting the encoding as for a file unless the options name
   * one: for notes that are not files on this machine (object storage, a request body).
   *
   * @param note the note's bytes, front matter included
   * @param warnings where approximations are reported; its source names the note in messages
   * @return the outline
   * @throws TsuzuriException when the note is too large, not decodable or malformed
   */
  public Document read(byte[] note, WarningSink warnings) {
    return read(note, warnings.source(), warnings);
  }

  private Document read(byte[] bytes, String source, WarningSink warnings) {
    if (bytes.length > options.maxInputBytes()) {
      throw tooLarge(source, bytes.length);
    }
    return parse(TextDecoder.decode(bytes, options.charset(), source), source, warnings);
  }

  /**
   * Reads a note from text.
   *
   * @param markdown the note, front matter included
   * @param warnings where approximations are reported; its source names the note in messages
   * @return the outline
   * @throws TsuzuriException when the note is too large or malformed
   */
  public Document read(String markdown, WarningSink warnings) {
    if (markdown.length() > options.maxInputBytes()) {
      throw tooLarge(warnings.source(), markdown.length());
    }
    return parse(markdown, warnings.source(), warnings);
  }

  @Override
  public Metadata metadata(Path file, WarningSink warnings) throws IOException {
    String source = warnings.source().isEmpty() ? file.toString() : warnings.source();
    long size = Files.size(file);
    if (size > options.maxInputBytes()) {
      throw tooLarge(source, size);
    }
    String text = SourceText.normalize(TextDecoder.decode(Files.readAllBytes(file),
        options.charset(), source), warnings);
    FrontMatter fm = FrontMatter.split(text, source, options.maxFrontMatterBytes(), warnings);
    return MetadataMapper.map(fm.values(), "und", options.defaultZone(), warnings);
  }

  @Override
  public String settings() {
    String mappings = options.shortcodes().describe();
    return "markdown charset=" + options.charset() + " zone=" + options.defaultZone()
        + " limits=" + options.maxInputBytes() + "/" + options.maxNestingDepth() + "/"
        + options.maxFrontMatterBytes() + (mappings.isEmpty() ? "" : " shortcodes=" + mappings);
  }

  /**
   * A reader that also reads the site's own shortcode templates, each read and parsed once by
   * the returned reader (keep it for the site's notes). Templates are read only from inside the
   * site's and its themes' folders.
   */
  @Override
  public MarkdownReader forSite(Site site) {
    if (site == null || site.shortcodeDirs().isEmpty()) {
      return this;
    }
    List<Path> allowed = new java.util.ArrayList<>();
    allowed.add(site.root());
    allowed.addAll(site.themeDirs());
    SiteTemplates templates = new SiteTemplates(site.root(), site.shortcodeDirs(), allowed,
        site.title(), site.params(), MarkdownHtml::render);
    return new MarkdownReader(options.withShortcodes(
        options.shortcodes().withTemplates(templates)));
  }

  private Document parse(String text, String source, WarningSink warnings) {
    String clean = SourceText.normalize(text, warnings);
    FrontMatter fm = FrontMatter.split(clean, source, options.maxFrontMatterBytes(), warnings);
    ReadSession session = new ReadSession(options, warnings, source);
    if (fm.values().get("title") instanceof String title) {
      session.pageTitle(title);
    }
    List<Block> blocks;
    try {
      blocks = session.body(fm.body(), fm.bodyLine());
    } catch (StackOverflowError e) {
      throw new TsuzuriException(source, 0, "the note is nested too deeply to read (lists,"
          + " quotes or emphasis inside each other)", e);
    }
    Metadata metadata = MetadataMapper.map(fm.values(), LanguageDetector.detect(fm.body()),
        options.defaultZone(), warnings);
    return new Document(metadata, blocks, session.footnotes());
  }

  private TsuzuriException tooLarge(String source, long size) {
    return new TsuzuriException(source, 0, "the note is " + size + " bytes, larger than the limit"
        + " of " + options.maxInputBytes() + " bytes");
  }
}
