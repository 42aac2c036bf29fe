package dev.tsuzuri.write.docx;

import java.nio.file.Path;

/**
 * How the Word writer builds a document. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * DocxOptions o = DocxOptions.builder().template(Path.of("company.docx")).toc(true).build();
 * }</pre>
 *
 * @param template a reference .docx whose styles, page setup, headers and footers are used, or
 *     null for the bundled one ({@code --template x.docx})
 * @param toc whether to insert a table-of-contents field that Word fills in ({@code --toc})
 * @param embedFonts whether to embed the (subset) fonts so the file looks the same everywhere
 *     ({@code --no-embed-fonts} turns it off)
 */
public record DocxOptions(Path template, boolean toc, boolean embedFonts) {
  private static final DocxOptions DEFAULTS = builder().build();

  /** The bundled template, no table of contents, fonts embedded. */
  public static DocxOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().template(template).toc(toc).embedFonts(embedFonts);
  }

  /** Builds {@link DocxOptions}; every value starts at its default. */
  public static final class Builder {
    private Path template;
    private boolean toc;
    private boolean embedFonts = true;

    private Builder() {}

    /** A reference .docx, or null for the bundled one. */
    public Builder template(Path template) {
      this.template = template;
      return this;
    }

    /** Whether to insert a table-of-contents field. */
    public Builder toc(boolean toc) {
      this.toc = toc;
      return this;
    }

    /** Whether to embed subset fonts. */
    public Builder embedFonts(boolean embedFonts) {
      this.embedFonts = embedFonts;
      return this;
    }

    /** The options. */
    public DocxOptions build() {
      return new DocxOptions(template, toc, embedFonts);
    }
  }
}
