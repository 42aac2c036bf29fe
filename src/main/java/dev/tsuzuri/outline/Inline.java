package dev.tsuzuri.outline;

import java.util.List;
import java.util.Objects;

/**
 * Inline content: text and the spans, links and marks inside a paragraph, heading or cell.
 *
 * <p>Soft line breaks are resolved by the reader (a space between Latin words, nothing between two
 * Japanese characters), so the model only has hard {@link LineBreak}s.
 */
public sealed interface Inline {

  /** Calls the visitor method for this inline's type. */
  <R> R accept(InlineVisitor<R> visitor);

  /** Plain text. */
  record Text(String text) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitText(this);
    }
  }

  /** Strong emphasis, usually bold. */
  record Strong(List<Inline> content) implements Inline {
    public Strong {
      content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitStrong(this);
    }
  }

  /** Emphasis, usually italic. */
  record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
      content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitEmphasis(this);
    }
  }

  /** Struck-out text ({@code ~~text~~}). */
  record Strikethrough(List<Inline> content) implements Inline {
    public Strikethrough {
      content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitStrikethrough(this);
    }
  }

  /** Inline code. */
  record Code(String code) implements Inline {
    public Code {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitCode(this);
    }
  }

  /**
   * A hyperlink. Internal links to a heading start with {@code #} followed by its
   * {@link Section#id()}.
   */
  record Link(String url, String title, List<Inline> content) implements Inline {
    public Link {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(title, "title");
      content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitLink(this);
    }
  }

  /**
   * An image inside running text. A paragraph holding only an image becomes a {@link Figure}.
   *
   * @param src the image reference as written (relative path or URL)
   * @param alt the alternative text
   * @param title the image title, or ""
   * @param size the size the note asks for ({@link ImageSize#NONE} when none)
   * @param role what the picture is for (Marp: background or side of a slide), else inline
   */
  record Image(String src, String alt, String title, ImageSize size, ImageRole role)
      implements Inline {
    public Image {
      Objects.requireNonNull(src, "src");
      Objects.requireNonNull(alt, "alt");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(size, "size");
      Objects.requireNonNull(role, "role");
    }

    /** An image in the text with a size hint. */
    public Image(String src, String alt, String title, ImageSize size) {
      this(src, alt, title, size, ImageRole.INLINE);
    }

    /** An image without a size hint. */
    public Image(String src, String alt, String title) {
      this(src, alt, title, ImageSize.NONE);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitImage(this);
    }
  }

  /** A hard line break. */
  record LineBreak() implements Inline {
    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitLineBreak(this);
    }
  }

  /**
   * A reference to a footnote.
   *
   * @param label the label as written ({@code [^note]} → "note")
   * @param number the footnote's number in order of first reference, from 1
   */
  record FootnoteRef(String label, int number) implements Inline {
    public FootnoteRef {
      Objects.requireNonNull(label, "label");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitFootnoteRef(this);
    }
  }

  /**
   * Text in one of the marks HTML has beyond emphasis: underlined, highlighted, raised, lowered
   * or keyboard input.
   *
   * @param style the mark
   * @param content the marked content
   */
  record Styled(Style style, List<Inline> content) implements Inline {
    /** The marks of {@link Styled}. */
    public enum Style {
      /** Underlined ({@code <u>}, {@code <ins>}). */
      UNDERLINE,
      /** Highlighted like a marker pen ({@code <mark>}). */
      HIGHLIGHT,
      /** Superscript ({@code <sup>}). */
      SUPERSCRIPT,
      /** Subscript ({@code <sub>}). */
      SUBSCRIPT,
      /** Keys to press ({@code <kbd>}): fixed-pitch, framed where the format can. */
      KEYBOARD
    }

    public Styled {
      Objects.requireNonNull(style, "style");
      content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
      return visitor.visitStyled(this);
    }
  }
}
