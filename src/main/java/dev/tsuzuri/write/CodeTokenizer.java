package dev.tsuzuri.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a code block into {@link CodeToken}s of a few kinds (keyword, type, function, string,
 * number, comment), the one tokenizer behind the colours of HTML, PDF, Word and PowerPoint.
 *
 * <p>It reads the code once, left to right, from a table of lexical rules per language family
 * ({@code CodeSyntax}): no regular expressions and no recursion, so a 10 MB string literal or an
 * unclosed comment costs time in proportion to its length. It never fails: an unknown language
 * gives one plain token, unclosed strings and comments run to the end of their line or of the
 * code, and the tokens always hold every character of the code once.
 *
 * <p>A maintained lexer library was weighed and left out: RSyntaxTextArea's token makers grow
 * their per-line token array by a fixed ten tokens (a minified line of 100,000 tokens took
 * over 10 s), they load Swing classes at start-up, and the jar is 1.1 MB for four colours.
 */
public final class CodeTokenizer {
  private final String code;
  private final CodeSyntax syntax;
  /** The tokens so far as kind, start and end, merged while adding (text is cut at the end). */
  private final List<TokenKind> kinds = new ArrayList<>();
  private final List<int[]> spans = new ArrayList<>();
  private int plainStart;
  private int i;

  private CodeTokenizer(String code, CodeSyntax syntax) {
    this.code = code;
    this.syntax = syntax;
  }

  /**
   * The tokens of some code; adjacent tokens of one kind are merged.
   *
   * @param language the fence's language name ("js", "python"); unknown or blank gives one
   *     plain token
   * @param code the code
   */
  public static List<CodeToken> tokens(String language, String code) {
    if (code.isEmpty()) {
      return List.of();
    }
    CodeSyntax syntax = CodeSyntax.forLanguage(language);
    if (syntax == null) {
      return List.of(new CodeToken(TokenKind.PLAIN, code));
    }
    CodeTokenizer t = new CodeTokenizer(code, syntax);
    if (syntax.markup()) {
      t.markup();
    } else {
      t.code();
    }
    t.flushPlain(code.length());
    List<CodeToken> tokens = new ArrayList<>(t.kinds.size());
    for (int k = 0; k < t.kinds.size(); k++) {
      int[] span = t.spans.get(k);
      tokens.add(new CodeToken(t.kinds.get(k), code.substring(span[0], span[1])));
    }
    return List.copyOf(tokens);
  }

  /** True when code in this language gets colours. */
  public static boolean knows(String language) {
    return CodeSyntax.forLanguage(language) != null;
  }

  /** Every language name that gets colours. */
  public static Set<String> languages() {
    return CodeSyntax.names();
  }

  private void code() {
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (syntax.blockOpen() != null && code.startsWith(syntax.blockOpen(), i)) {
        int close = code.indexOf(syntax.blockClose(), i + syntax.blockOpen().length());
        emit(TokenKind.COMMENT, close < 0 ? n : close + syntax.blockClose().length());
      } else if (lineComment(c)) {
        int eol = code.indexOf('\n', i);
        emit(TokenKind.COMMENT, eol < 0 ? n : eol);
      } else if (syntax.quotes().indexOf(c) >= 0 && isString(c)) {
        emit(TokenKind.STRING, stringEnd(c));
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(code.charAt(i + 1))
          && (i == 0 || !isWordPart(code.charAt(i - 1))))) {
        emit(TokenKind.NUMBER, numberEnd(i + 1));
      } else if (isWordStart(c)) {
        int end = wordEnd(i + 1);
        TokenKind kind = syntax.word(code.substring(i, end));
        if (kind == TokenKind.PLAIN && end < n && code.charAt(end) == '(') {
          kind = TokenKind.FUNCTION;
        } else if (kind == TokenKind.PLAIN && syntax.capitalTypes() && capitalised(i, end)) {
          kind = TokenKind.TYPE;
        }
        if (kind == TokenKind.PLAIN) {
          i = end;
        } else {
          emit(kind, end);
        }
      } else {
        i++;
      }
    }
  }

  private boolean lineComment(char c) {
    for (String marker : syntax.lineComments()) {
      if (c == marker.charAt(0) && code.startsWith(marker, i)) {
        if (c != '#' || !syntax.hashAfterSpace() || i == 0) {
          return true;
        }
        char before = code.charAt(i - 1);
        return Character.isWhitespace(before) || ";|&(".indexOf(before) >= 0;
      }
    }
    return false;
  }

  /** Whether a quote here opens a string (Rust's {@code 'a} lifetime does not). */
  private boolean isString(char quote) {
    if (quote != '\'' || !syntax.charLiterals()) {
      return true;
    }
    int n = code.length();
    if (i + 2 < n && code.charAt(i + 2) == '\'' && code.charAt(i + 1) != '\\') {
      return true;
    }
    if (i + 1 < n && code.charAt(i + 1) == '\\') {
      for (int j = i + 2; j < Math.min(n, i + 12); j++) {
        if (code.charAt(j) == '\'') {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the string opened here ends: after its closing quote, at its line's end, or at the end. */
  private int stringEnd(char quote) {
    int n = code.length();
    if (syntax.tripleQuotes() && quote != '`' && i + 2 < n && code.charAt(i + 1) == quote
        && code.charAt(i + 2) == quote) {
      String triple = String.valueOf(new char[] {quote, quote, quote});
      int close = code.indexOf(triple, i + 3);
      return close < 0 ? n : close + 3;
    }
    boolean spansLines = quote == '`' || syntax.multilineStrings();
    int j = i + 1;
    while (j < n) {
      char c = code.charAt(j);
      if (c == '\\' && syntax.escapes() && quote != '`' || c == '\\' && quote == '`'
          && syntax.escapes() && j + 1 < n && code.charAt(j + 1) == '`') {
        j += 2;
      } else if (c == quote) {
        return j + 1;
      } else if (c == '\n' && !spansLines) {
        return j;
      } else {
        j++;
      }
    }
    return n;
  }

  /** HTML and XML: comments, tag names as keywords, attribute values as strings. */
  private void markup() {
    int n = code.length();
    while (i < n) {
      if (code.startsWith("<!--", i)) {
        int close = code.indexOf("-->", i + 4);
        emit(TokenKind.COMMENT, close < 0 ? n : close + 3);
      } else if (code.charAt(i) == '<' && i + 1 < n && (isWordStart(code.charAt(i + 1))
          || "/!?".indexOf(code.charAt(i + 1)) >= 0)) {
        tag();
      } else {
        i++;
      }
    }
  }

  private void tag() {
    int n = code.length();
    i++;
    while (i < n && "/!?".indexOf(code.charAt(i)) >= 0) {
      i++;
    }
    if (i < n && isWordStart(code.charAt(i))) {
      emit(TokenKind.KEYWORD, tagNameEnd(i));
    }
    while (i < n && code.charAt(i) != '>' && code.charAt(i) != '<') {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int close = code.indexOf(c, i + 1);
        emit(TokenKind.STRING, close < 0 ? n : close + 1);
      } else if (isWordStart(c)) {
        int end = tagNameEnd(i);
        emit(TokenKind.TYPE, end);
      } else {
        i++;
      }
    }
    if (i < n && code.charAt(i) == '>') {
      i++;
    }
  }

  private int tagNameEnd(int from) {
    int j = from + 1;
    while (j < code.length() && (isWordPart(code.charAt(j)) || ":-.".indexOf(code.charAt(j)) >= 0)) {
      j++;
    }
    return j;
  }

  private int numberEnd(int from) {
    int j = from;
    while (j < code.length() && (isWordPart(code.charAt(j)) || code.charAt(j) == '.'
        && j + 1 < code.length() && isDigit(code.charAt(j + 1)))) {
      j++;
    }
    return j;
  }

  private int wordEnd(int from) {
    int j = from;
    while (j < code.length() && isWordPart(code.charAt(j))) {
      j++;
    }
    return j;
  }

  private boolean capitalised(int start, int end) {
    if (!Character.isUpperCase(code.charAt(start))) {
      return false;
    }
    for (int j = start + 1; j < end; j++) {
      if (Character.isLowerCase(code.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** Adds the plain text before {@code i} and a token from {@code i} to {@code end}. */
  private void emit(TokenKind kind, int end) {
    flushPlain(i);
    add(kind, i, end);
    i = end;
    plainStart = end;
  }

  private void flushPlain(int upTo) {
    if (upTo > plainStart) {
      add(TokenKind.PLAIN, plainStart, upTo);
    }
    plainStart = upTo;
  }

  private void add(TokenKind kind, int start, int end) {
    if (end <= start) {
      return;
    }
    int last = kinds.size() - 1;
    if (last >= 0 && kinds.get(last) == kind) {
      spans.get(last)[1] = end;
    } else {
      kinds.add(kind);
      spans.add(new int[] {start, end});
    }
  }
}
