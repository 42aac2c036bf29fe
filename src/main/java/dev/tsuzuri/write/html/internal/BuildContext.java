package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.ImageData;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.LinkResolver;
import dev.tsuzuri.write.Resources;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The state of building one document's DOM: where nodes come from, where images come from, and
 * what has been emitted so far (footnote anchors must be unique). One per document, never shared.
 */
public final class BuildContext {
  private final Dom dom;
  private final Resources resources;
  private final WarningSink warnings;
  private final boolean paged;
  private final LinkPolicy links;
  private final Set<Integer> footnoteAnchors = new HashSet<>();
  private int headingBase;
  private int sectionDepth;
  private boolean japanese;

  /**
   * A context for one document.
   *
   * @param dom the DOM being built
   * @param resources where images are read from (never the file system directly)
   * @param warnings where approximations are reported
   * @param paged true for the PDF engine, false for a browser page
   */
  public BuildContext(Dom dom, Resources resources, WarningSink warnings, boolean paged) {
    this(dom, resources, warnings, paged,
        new LinkPolicy(LinkResolver.NONE, warnings, paged ? "pdf" : "html"));
  }

  /**
   * A context for one document whose links follow a policy.
   *
   * @param links which link targets become {@code href}s (and so PDF link annotations)
   */
  public BuildContext(Dom dom, Resources resources, WarningSink warnings, boolean paged,
      LinkPolicy links) {
    this.dom = dom;
    this.resources = resources;
    this.warnings = warnings;
    this.paged = paged;
    this.links = links;
  }

  /** The document's link policy: every {@code href} the page gets is one it kept. */
  public LinkPolicy links() {
    return links;
  }

  public Dom dom() {
    return dom;
  }

  public WarningSink warnings() {
    return warnings;
  }

  /** True when building for the paged PDF engine. */
  public boolean paged() {
    return paged;
  }

  /** Sets whether the note is Japanese, for the words the page adds (a callout's kind). */
  public void japanese(boolean isJapanese) {
    japanese = isJapanese;
  }

  /** Whether the note is Japanese. */
  public boolean japanese() {
    return japanese;
  }

  /**
   * Sets how many heading levels sit above the note's own sections: 1 when the page shows the
   * title as its {@code <h1>}, else 0.
   */
  public void headingBase(int base) {
    headingBase = base;
  }

  /**
   * The HTML heading level for a section at the current nesting: levels follow the section tree,
   * so a note that starts at {@code ##} or skips from {@code ##} to {@code ####} still gets an
   * unbroken h1, h2, h3 sequence (tagged PDFs require one).
   */
  public int headingLevel() {
    return Math.min(6, headingBase + sectionDepth + 1);
  }

  /** Enters a section's content. */
  public void enterSection() {
    sectionDepth++;
  }

  /** Leaves a section's content. */
  public void leaveSection() {
    sectionDepth--;
  }

  /** True the first time a footnote number is referenced, so only that reference gets an id. */
  public boolean firstReference(int footnote) {
    return footnoteAnchors.add(footnote);
  }

  /**
   * The image as a {@code data:} URI, read through {@link Resources} (which warns when it is
   * missing, remote or refused).
   */
  public Optional<String> imageUri(String src, int line) {
    Optional<ImageData> img = resources.image(src, line);
    return img.map(i -> "data:" + i.mimeType() + ";base64,"
        + Base64.getEncoder().encodeToString(i.bytes()));
  }
}
