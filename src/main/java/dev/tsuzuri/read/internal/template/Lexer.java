package dev.tsuzuri.read.internal.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Go template into text and actions in one pass: actions ({@code {{ … }}}) become token
 * lists, comments ({@code /* … *}{@code /} inside braces) go, and the dash forms ({@code {{- }
 * and {@code  -}}}) trim the white space beside them. Linear in the template's length.
 */
final class Lexer {
  /** A piece of the template: text (tokens null) or an action (text null). */
  record Item(String text, List<Token> tokens) {}

  private final String src;
  private int pos;

  private Lexer(String src) {
    this.src = src;
  }

  /**
   * The template's items.
   *
   * @throws Unsupported when an action is not closed or holds a character Go templates do not
   *     allow
   */
  static List<Item> lex(String template) {
    return new Lexer(template).run();
  }

  private List<Item> run() {
    List<Item> items = new ArrayList<>();
    boolean trimNext = false;
    int n = src.length();
    while (pos < n) {
      int open = src.indexOf("{{", pos);
      String text = open < 0 ? src.substring(pos) : src.substring(pos, open);
      if (trimNext) {
        text = text.stripLeading();
      }
      boolean trimBefore = open >= 0 && open + 3 < n && src.charAt(open + 2) == '-'
          && isSpace(src.charAt(open + 3));
      if (trimBefore) {
        text = text.stripTrailing();
      }
      if (!text.isEmpty()) {
        items.add(new Item(text, null));
      }
      if (open < 0) {
        break;
      }
      pos = open + (trimBefore ? 4 : 2);
      skipSpace();
      if (src.startsWith("/*", pos)) {
        int close = src.indexOf("*/", pos + 2);
        if (close < 0) {
          throw new Unsupported("a comment that is not closed");
        }
        pos = close + 2;
        skipSpace();
        trimNext = closeAction();
        continue;
      }
      List<Token> tokens = new ArrayList<>();
      trimNext = tokens(tokens);
      items.add(new Item(null, tokens));
    }
    return items;
  }

  /** Reads tokens up to the action's end; true when it ends with {@code -}}}. */
  private boolean tokens(List<Token> out) {
    int n = src.length();
    while (true) {
      int before = pos;
      skipSpace();
      boolean spaced = pos > before;
      if (pos >= n) {
        throw new Unsupported("an action that is not closed with }}");
      }
      char c = src.charAt(pos);
      if (c == '}' || (c == '-' && spaced && src.startsWith("-}}", pos))) {
        return closeAction();
      }
      if (c == '"') {
        out.add(new Token(Token.Kind.STRING, quoted(), spaced));
      } else if (c == '`') {
        int end = src.indexOf('`', pos + 1);
        if (end < 0) {
          throw new Unsupported("a raw string that is not closed");
        }
        out.add(new Token(Token.Kind.STRING, src.substring(pos + 1, end), spaced));
        pos = end + 1;
      } else if (c == '(' || c == ')' || c == '|' || c == ',') {
        out.add(new Token(Token.Kind.PUNCT, String.valueOf(c), spaced));
        pos++;
      } else if (c == ':' && src.startsWith(":=", pos)) {
        out.add(new Token(Token.Kind.PUNCT, ":=", spaced));
        pos += 2;
      } else if (c == '=') {
        out.add(new Token(Token.Kind.PUNCT, "=", spaced));
        pos++;
      } else if (c == '.' ) {
        out.add(new Token(Token.Kind.FIELD, chain(pos), spaced));
      } else if (c == '$') {
        int start = pos++;
        while (pos < n && isWord(src.charAt(pos))) {
          pos++;
        }
        String name = src.substring(start, pos);
        String fields = pos < n && src.charAt(pos) == '.' ? chain(pos) : "";
        out.add(new Token(Token.Kind.VARIABLE, name + fields, spaced));
      } else if (Character.isDigit(c) || (c == '-' && pos + 1 < n
          && Character.isDigit(src.charAt(pos + 1)))) {
        int start = pos++;
        while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
          pos++;
        }
        out.add(new Token(Token.Kind.NUMBER, src.substring(start, pos), spaced));
      } else if (Character.isLetter(c) || c == '_') {
        int start = pos;
        while (pos < n && (isWord(src.charAt(pos)) || (src.charAt(pos) == '.'
            && pos + 1 < n && Character.isLetter(src.charAt(pos + 1))))) {
          pos++;
        }
        out.add(new Token(Token.Kind.IDENT, src.substring(start, pos), spaced));
      } else {
        throw new Unsupported("the character '" + c + "' in an action");
      }
    }
  }

  /** {@code .} or {@code .A.B} from {@code at}; pos moves past it. */
  private String chain(int at) {
    int n = src.length();
    pos = at;
    while (pos < n && src.charAt(pos) == '.') {
      pos++;
      while (pos < n && isWord(src.charAt(pos))) {
        pos++;
      }
    }
    return src.substring(at, pos);
  }

  /** A double-quoted string with Go's common escapes, unquoted; pos moves past it. */
  private String quoted() {
    StringBuilder b = new StringBuilder();
    int n = src.length();
    pos++;
    while (pos < n) {
      char c = src.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\n') {
        break;
      }
      if (c == '\\' && pos < n) {
        char e = src.charAt(pos++);
        b.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> e;
        });
      } else {
        b.append(c);
      }
    }
    throw new Unsupported("a string that is not closed");
  }

  /** Expects {@code }}} or {@code -}}} at pos; true for the trimming form. */
  private boolean closeAction() {
    if (src.startsWith("-}}", pos)) {
      pos += 3;
      return true;
    }
    if (src.startsWith("}}", pos)) {
      pos += 2;
      return false;
    }
    throw new Unsupported("an action that is not closed with }}");
  }

  private void skipSpace() {
    while (pos < src.length() && isSpace(src.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
