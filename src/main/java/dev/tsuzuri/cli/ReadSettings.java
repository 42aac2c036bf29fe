package dev.tsuzuri.cli;

import dev.tsuzuri.convert.NoteReader;
import dev.tsuzuri.read.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The reading options of {@code convert}: {@code --encoding} and the limits that guard against
 * hostile notes ({@code --max-input-size}, {@code --max-nesting}, {@code --max-front-matter}).
 */
final class ReadSettings {
  private ReadSettings() {}

  /**
   * The reader to use: the given one, or the Markdown reader with the options asked for.
   *
   * @throws UsageException when a value is not valid
   */
  static NoteReader reader(ConvertCommand cli, NoteReader given) {
    if (cli.encoding == null && cli.maxInputSize == null && cli.maxNesting == null
        && cli.maxFrontMatter == null) {
      return given;
    }
    ReadOptions o = ReadOptions.defaults();
    if (cli.encoding != null) {
      o = o.withCharset(charset(cli.encoding));
    }
    long input = cli.maxInputSize == null ? o.maxInputBytes()
        : size("--max-input-size", cli.maxInputSize, Integer.MAX_VALUE - 16L);
    int nesting = o.maxNestingDepth();
    if (cli.maxNesting != null) {
      if (cli.maxNesting < 1 || cli.maxNesting > 10_000) {
        throw new UsageException("--max-nesting must be 1 to 10000: " + cli.maxNesting);
      }
      nesting = cli.maxNesting;
    }
    int frontMatter = cli.maxFrontMatter == null ? o.maxFrontMatterBytes()
        : (int) size("--max-front-matter", cli.maxFrontMatter, 64L * 1024 * 1024);
    if (given != NoteReader.markdown()) {
      // a reader supplied by an embedder or test keeps its own options
      return given;
    }
    MarkdownReader reader = new MarkdownReader(o.withLimits(input, nesting, frontMatter));
    return reader::read;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException("--encoding: unknown encoding '" + name + "' (try UTF-8, "
          + "Shift_JIS, EUC-JP, UTF-16)");
    }
  }

  /** "10m", "512k", "1g" or plain bytes. */
  static long size(String option, String value, long max) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
      unit = switch (v.charAt(v.length() - 1)) {
        case 'k' -> 1024L;
        case 'm' -> 1024L * 1024;
        default -> 1024L * 1024 * 1024;
      };
      v = v.substring(0, v.length() - 1);
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": not a size: '" + value + "' (such as 10m or 512k)");
    }
    if (n < 1 || n > max / unit) {
      throw new UsageException(option + ": must be between 1 and " + max + " bytes: " + value);
    }
    return n * unit;
  }
}
