package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.BodyFont;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the PDF writer lays out a note. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * PdfOptions a5 = PdfOptions.builder().pageSize(PageSize.A5).font(BodyFont.SERIF).build();
 * }</pre>
 *
 * @param pageSize the paper ({@code --page-size}, default A4)
 * @param toc whether to put a table of contents with page numbers after the title ({@code --toc})
 * @param template an XHTML page-structure template replacing the default, or null ({@code
 *     --template x.html})
 * @param css a stylesheet added after the default one, or null ({@code --css})
 * @param font the body face ({@code --font}, default sans)
 * @param standard the PDF standard ({@code --pdf-standard}, default none)
 * @param tagged whether to write a tagged PDF with PDF/UA structure ({@code --tagged})
 */
public record PdfOptions(PageSize pageSize, boolean toc, Path template, Path css, BodyFont font,
    PdfStandard standard, boolean tagged) {
  private static final PdfOptions DEFAULTS = builder().build();

  /**
   * Checks the values.
   *
   * @throws NullPointerException when the page size, font or standard is null
   */
  public PdfOptions {
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(standard, "standard");
  }

  /** A4, no table of contents, the default template and stylesheet, sans body, plain PDF. */
  public static PdfOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().pageSize(pageSize).toc(toc).template(template).css(css).font(font)
        .standard(standard).tagged(tagged);
  }

  /** Builds {@link PdfOptions}; every value starts at its default. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private boolean toc;
    private Path template;
    private Path css;
    private BodyFont font = BodyFont.SANS;
    private PdfStandard standard = PdfStandard.NONE;
    private boolean tagged;

    private Builder() {}

    /** The paper. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /** Whether to add a table of contents. */
    public Builder toc(boolean toc) {
      this.toc = toc;
      return this;
    }

    /** An XHTML page template, or null for the bundled one. */
    public Builder template(Path template) {
      this.template = template;
      return this;
    }

    /** A stylesheet added after the default one, or null. */
    public Builder css(Path css) {
      this.css = css;
      return this;
    }

    /** The body face. */
    public Builder font(BodyFont font) {
      this.font = Objects.requireNonNull(font, "font");
      return this;
    }

    /** The PDF standard. */
    public Builder standard(PdfStandard standard) {
      this.standard = Objects.requireNonNull(standard, "standard");
      return this;
    }

    /** Whether to write a tagged PDF. */
    public Builder tagged(boolean tagged) {
      this.tagged = tagged;
      return this;
    }

    /** The options. */
    public PdfOptions build() {
      return new PdfOptions(pageSize, toc, template, css, font, standard, tagged);
    }
  }
}
