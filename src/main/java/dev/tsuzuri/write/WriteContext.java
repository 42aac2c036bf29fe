package dev.tsuzuri.write;

import dev.tsuzuri.diag.WarningSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Everything a writer needs besides the document: where its files go, where the note's images
 * come from, the options, and where to report warnings.
 *
 * @param stem the output name without extension ("jawsdays2018"); the main output is {@code
 *     stem.ext}
 * @param outputs where files are written
 * @param resources the note's images and other files, confined to the allowed folders
 * @param options the per-writer option records
 * @param warnings where to report what was left out or approximated
 * @param links resolves links between notes of one run to sibling outputs, for {@link
 *     LinkPolicy}
 */
public record WriteContext(String stem, Outputs outputs, Resources resources,
    WriteOptions options, WarningSink warnings, LinkResolver links) {
  public WriteContext {
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(links, "links");
  }

  /** A context for a note written on its own: links without a scheme are kept as written. */
  public WriteContext(String stem, Outputs outputs, Resources resources, WriteOptions options,
      WarningSink warnings) {
    this(stem, outputs, resources, options, warnings, LinkResolver.NONE);
  }

  /** Opens {@code stem.extension}, the writer's main output. */
  public OutputStream openMain(String extension) throws IOException {
    return outputs.open(stem + "." + extension);
  }
}
