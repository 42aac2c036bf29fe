package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Inline;
import java.util.List;

/**
 * A container that an HTML block opens and leaves open ({@code <details>} with its summary, a
 * {@code <blockquote>}): by CommonMark's rules the Markdown after the block's blank line goes
 * inside it, up to the HTML block that closes it.
 *
 * @param kind what the container becomes
 * @param name the element's name, which its closing tag repeats
 * @param summary the summary of a {@code <details>}, else empty
 * @param parts the container's content read so far
 * @param line the note line it starts on
 */
public record Opened(Kind kind, String name, List<Inline> summary, List<Part> parts, int line) {
  /** The kinds of container that can take Markdown. */
  public enum Kind {
    /** {@code <details>}: a {@link dev.tsuzuri.outline.Details}. */
    DETAILS,
    /** {@code <blockquote>}: a {@link dev.tsuzuri.outline.Quote}. */
    QUOTE
  }
}
