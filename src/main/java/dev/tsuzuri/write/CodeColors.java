package dev.tsuzuri.write;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one colour table for code: every format colours a {@link TokenKind} alike. HTML and PDF
 * get it as the {@code tok-…} classes of {@link #css()}, Word as the character styles named by
 * {@link #wordStyle} (pandoc's names, so a pandoc reference document fits), PowerPoint as run
 * colours.
 */
public final class CodeColors {
  /**
   * How one kind is shown.
   *
   * @param rgb the colour as six hex digits ("0033B3")
   * @param bold whether the text is bold
   * @param italic whether the text is italic
   */
  public record Look(String rgb, boolean bold, boolean italic) {}

  private static final Map<TokenKind, Look> LOOKS = new EnumMap<>(Map.of(
      TokenKind.KEYWORD, new Look("0033B3", true, false),
      TokenKind.TYPE, new Look("007A7A", false, false),
      TokenKind.FUNCTION, new Look("00627A", false, false),
      TokenKind.STRING, new Look("067D17", false, false),
      TokenKind.NUMBER, new Look("1750EB", false, false),
      TokenKind.COMMENT, new Look("8C8C8C", false, true)));

  private CodeColors() {}

  /** How a kind is shown, or null for {@link TokenKind#PLAIN}, which keeps the text's look. */
  public static Look look(TokenKind kind) {
    return LOOKS.get(kind);
  }

  /** The CSS class of a kind's {@code <span>} ("tok-keyword"), null for plain text. */
  public static String cssClass(TokenKind kind) {
    return kind == TokenKind.PLAIN ? null : "tok-" + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The Word character style of a kind ("KeywordTok"), null for plain text. */
  public static String wordStyle(TokenKind kind) {
    return switch (kind) {
      case PLAIN -> null;
      case KEYWORD -> "KeywordTok";
      case TYPE -> "DataTypeTok";
      case FUNCTION -> "FunctionTok";
      case STRING -> "StringTok";
      case NUMBER -> "DecValTok";
      case COMMENT -> "CommentTok";
    };
  }

  /** The rules for the {@code tok-…} classes, for the default stylesheet. */
  public static String css() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<TokenKind, Look> e : LOOKS.entrySet()) {
      Look l = e.getValue();
      b.append('.').append(cssClass(e.getKey())).append(" { color: #").append(l.rgb())
          .append(';');
      if (l.bold()) {
        b.append(" font-weight: bold;");
      }
      if (l.italic()) {
        b.append(" font-style: italic;");
      }
      b.append(" }\n");
    }
    return b.toString();
  }
}
