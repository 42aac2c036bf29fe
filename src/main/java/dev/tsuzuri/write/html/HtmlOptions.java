package dev.tsuzuri.write.html;

import dev.tsuzuri.write.BodyFont;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the HTML writer builds a page. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * HtmlOptions o = HtmlOptions.builder().toc(true).css(Path.of("site.css")).build();
 * }</pre>
 *
 * @param toc whether to put a table of contents after the title ({@code --toc})
 * @param template an XHTML page-structure template replacing the default, or null ({@code
 *     --template x.html})
 * @param css a stylesheet added after the default one, or null ({@code --css})
 * @param font the body face ({@code --font}, default sans)
 */
public record HtmlOptions(boolean toc, Path template, Path css, BodyFont font) {
  private static final HtmlOptions DEFAULTS = builder().build();

  /**
   * Checks the values.
   *
   * @throws NullPointerException when the font is null
   */
  public HtmlOptions {
    Objects.requireNonNull(font, "font");
  }

  /** No table of contents, the default template and stylesheet, sans body. */
  public static HtmlOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().toc(toc).template(template).css(css).font(font);
  }

  /** Builds {@link HtmlOptions}; every value starts at its default. */
  public static final class Builder {
    private boolean toc;
    private Path template;
    private Path css;
    private BodyFont font = BodyFont.SANS;

    private Builder() {}

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

    /** The options. */
    public HtmlOptions build() {
      return new HtmlOptions(toc, template, css, font);
    }
  }
}
