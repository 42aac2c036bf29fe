package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.ShortcodeRegistry;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Takes Hugo shortcodes and {@code ::: notes} divs out of the Markdown before flexmark sees it
 * (flexmark would read {@code {{<figure …>}}} as raw HTML and parse a highlight's body as
 * Markdown), leaving placeholder tokens. Fenced code is skipped; placeholders that end up in
 * indented or inline code are restored to their source when the outline is built.
 *
 * <p>Three steps: {@link BlockScanner} finds what to replace, {@link ShortcodePairing} pairs
 * shortcode tags, {@link PreparedTextEmitter} writes the text and its line map.
 */
public final class Prepass {
  private Prepass() {}

  /**
   * Runs the pre-pass.
   *
   * @param body the Markdown (front matter removed)
   * @param firstLine the note's 1-based line the body starts on
   * @param warn receives a line and a message for each unclosed shortcode
   */
  public static Prepared run(String body, int firstLine, ShortcodeRegistry registry,
      BiConsumer<Integer, String> warn) {
    return run(body, firstLine, registry, warn, false);
  }

  /**
   * Runs the pre-pass for a flat reading: emphasis and link characters outside fenced code are
   * hidden from flexmark (and shown again in the outline), for notes that nest them so deeply
   * that flexmark's tree walks overflow the stack.
   */
  public static Prepared runFlat(String body, int firstLine, ShortcodeRegistry registry,
      BiConsumer<Integer, String> warn) {
    return run(body, firstLine, registry, warn, true);
  }

  private static Prepared run(String body, int firstLine, ShortcodeRegistry registry,
      BiConsumer<Integer, String> warn, boolean flat) {
    BodyLines lines = new BodyLines(body, firstLine);
    BlockScanner.Result scan = new BlockScanner(lines, warn).scan();
    List<Replacement> resolved = ShortcodePairing.pair(lines, registry, scan.replacements());
    return new PreparedTextEmitter(lines, scan, flat).emit(resolved);
  }
}
