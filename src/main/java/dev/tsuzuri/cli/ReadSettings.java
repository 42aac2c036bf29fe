package dev.tsuzuri.cli;

import dev.tsuzuri.read.ReadOptions;
import java.util.Locale;

/**
 * The reading limits of {@code convert}: the limits that guard against
 * hostile notes ({@code --max-input-size}, {@code --max-nesting}, {@code --max-front-matter}).
 */
final class ReadSettings {
  private ReadSettings() {}

  /**
   * The options with the limits asked for on the command line applied.
   *
   * @throws UsageException when a value is not valid
   */
  static ReadOptions withLimits(ConvertCommand cli, ReadOptions o) {
    if (cli.maxInputSize == null && cli.maxNesting == null && cli.maxFrontMatter == null) {
      return o;
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
    return o.withLimits(input, nesting, frontMatter);
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
