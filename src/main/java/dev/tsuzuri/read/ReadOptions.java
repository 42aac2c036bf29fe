package dev.tsuzuri.read;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How notes are read: the zone for dates written without an offset, the text encoding, and the
 * limits that keep hostile input from exhausting memory or the stack.
 *
 * @param defaultZone the zone of front-matter dates written without an offset (Hugo's default is
 *     UTC)
 * @param charset the encoding of note files, or null to detect it (UTF-8, with or without a BOM,
 *     or UTF-16 with a BOM)
 * @param maxInputBytes the largest note accepted, in bytes (characters for strings)
 * @param maxNestingDepth the deepest nesting of lists and block quotes accepted
 * @param maxFrontMatterBytes the largest front matter accepted, in characters
 * @param shortcodes the handlers of Hugo shortcodes
 */
public record ReadOptions(
    ZoneId defaultZone,
    Charset charset,
    long maxInputBytes,
    int maxNestingDepth,
    int maxFrontMatterBytes,
    ShortcodeRegistry shortcodes) {

  /** 10 MiB: far more than any hand-written note, small enough to read in a second. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 10L * 1024 * 1024;

  /** Seminar notes nest five or six levels; Word stops at nine. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** 1 MiB of front matter. */
  public static final int DEFAULT_MAX_FRONT_MATTER_BYTES = 1024 * 1024;

  private static final ReadOptions DEFAULTS = new ReadOptions(ZoneOffset.UTC, null,
      DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_FRONT_MATTER_BYTES,
      ShortcodeRegistry.defaults());

  public ReadOptions {
    Objects.requireNonNull(defaultZone, "defaultZone");
    Objects.requireNonNull(shortcodes, "shortcodes");
    if (maxInputBytes <= 0 || maxNestingDepth <= 0 || maxFrontMatterBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** UTC, detected encoding, the default limits and the built-in shortcodes. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** A copy with another zone for dates without an offset. */
  public ReadOptions withDefaultZone(ZoneId zone) {
    return new ReadOptions(zone, charset, maxInputBytes, maxNestingDepth, maxFrontMatterBytes,
        shortcodes);
  }

  /** A copy that decodes files with this charset instead of detecting (null: detect). */
  public ReadOptions withCharset(Charset newCharset) {
    return new ReadOptions(defaultZone, newCharset, maxInputBytes, maxNestingDepth,
        maxFrontMatterBytes, shortcodes);
  }

  /** A copy with other limits. */
  public ReadOptions withLimits(long inputBytes, int nestingDepth, int frontMatterBytes) {
    return new ReadOptions(defaultZone, charset, inputBytes, nestingDepth, frontMatterBytes,
        shortcodes);
  }

  /** A copy with other shortcode handlers. */
  public ReadOptions withShortcodes(ShortcodeRegistry registry) {
    return new ReadOptions(defaultZone, charset, maxInputBytes, maxNestingDepth,
        maxFrontMatterBytes, registry);
  }
}
