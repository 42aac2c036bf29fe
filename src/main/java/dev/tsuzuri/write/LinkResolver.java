package dev.tsuzuri.write;

import java.util.Optional;

/**
 * Turns a link between notes of one run into the relative address of the other note's output,
 * for {@link LinkPolicy}. A Hugo site links notes by site path ({@code /posts/other/}) or by
 * {@code ref}/{@code relref}; a run that converts several notes knows where each one's output
 * goes and can answer {@code ../other/other.pdf} for the PDF of this note.
 *
 * <p>The policy asks the resolver about every link that has no scheme and is not an in-document
 * anchor, before its own rules; what the resolver answers must again be a relative address (the
 * policy checks it like any other link, so a resolver cannot make a {@code file:} link).
 */
@FunctionalInterface
public interface LinkResolver {
  /** Resolves nothing: links without a scheme are kept as the note wrote them. */
  LinkResolver NONE = (link, extension) -> Optional.empty();

  /**
   * The address, relative to this note's output, of the output the link names.
   *
   * @param link the link as the note wrote it (trimmed), with any {@code #fragment}
   * @param extension the extension of the output being written ("pdf", "docx", "pptx", "html")
   * @return the relative address (with the fragment kept), or empty when the link names no note
   *     of this run
   */
  Optional<String> resolve(String link, String extension);
}
