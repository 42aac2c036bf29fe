package dev.tsuzuri.write.html.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * A small syntax highlighter: comments, strings, numbers and keywords as {@code <span
 * class="tok-…">}. It knows the comment syntax of common language families and a keyword list for
 * a few; anything else is shown plain. (A full highlighter library would mean a JavaScript engine
 * or a large grammar bundle; for printed notes colouring these four token kinds is what matters.)
 */
public final class CodeHighlighter {
  private static final Set<String> C_LIKE = Set.of("java", "c", "cpp", "c++", "cs", "csharp",
      "js", "javascript", "ts", "typescript", "go", "golang", "rust", "rs", "kotlin", "kt",
      "swift", "scala", "php", "json", "jsonc", "groovy", "dart", "css", "scss", "hcl",
      "terraform", "tf", "proto");
  private static final Set<String> HASH = Set.of("sh", "bash", "zsh", "shell", "console",
      "python", "py", "ruby", "rb", "yaml", "yml", "toml", "perl", "r", "dockerfile", "docker",
      "makefile", "make", "conf", "ini", "properties", "powershell", "ps1", "nginx", "elixir");
  private static final Set<String> DASH = Set.of("sql", "lua", "haskell", "hs");
  private static final Map<String, Set<String>> KEYWORDS = Map.of(
      "c", Set.of("abstract", "async", "await", "boolean", "break", "case", "catch", "class",
          "const", "continue", "default", "do", "else", "enum", "export", "extends", "false",
          "final", "finally", "fn", "for", "func", "function", "if", "impl", "implements",
          "import", "in", "instanceof", "interface", "let", "match", "mut", "new", "null",
          "package", "private", "protected", "pub", "public", "record", "return", "static",
          "struct", "super", "switch", "this", "throw", "throws", "true", "try", "type", "val",
          "var", "void", "while", "yield", "int", "long", "char", "byte", "double", "float",
          "string", "nil", "go", "defer", "range", "use", "mod", "trait", "where", "self"),
      "hash", Set.of("if", "then", "else", "elif", "fi", "for", "while", "do", "done", "case",
          "esac", "function", "return", "in", "def", "class", "import", "from", "as", "with",
          "try", "except", "finally", "raise", "lambda", "yield", "pass", "None", "True",
          "False", "and", "or", "not", "is", "end", "begin", "module", "require", "export",
          "local", "echo", "sudo", "cd", "true", "false", "null"),
      "dash", Set.of("select", "from", "where", "insert", "into", "values", "update", "set",
          "delete", "create", "table", "drop", "alter", "join", "left", "right", "inner",
          "outer", "on", "group", "by", "order", "having", "limit", "and", "or", "not", "null",
          "as", "distinct", "union", "index", "primary", "key", "function", "local", "end",
          "then", "if", "else", "return", "true", "false"));

  private static final Pattern C_TOKENS = Pattern.compile(
      // strings as unrolled loops: the pattern repeats per escape, not per character, so a
      // long string cannot exhaust the stack
      "(//[^\\n]*|/\\*.*?(?:\\*/|$))|(\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"?"
          + "|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'?"
          + "|`[^`]*`?)|(\\b\\d[\\d_.xXa-fA-F]*\\b)|([A-Za-z_][A-Za-z0-9_]*)",
      Pattern.DOTALL);
  private static final Pattern HASH_TOKENS = Pattern.compile(
      "((?<![\\w$\\\\{])#[^\\n]*)|(\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"?|'[^'\\n]*'?)"
          + "|(\\b\\d[\\d_.]*\\b)|([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern DASH_TOKENS = Pattern.compile(
      "(--[^\\n]*)|(\"[^\"\\n]*\"?|'[^'\\n]*+(?:''[^'\\n]*+)*+'?)"
          + "|(\\b\\d[\\d_.]*\\b)|([A-Za-z_][A-Za-z0-9_]*)");

  private CodeHighlighter() {}

  /** Appends {@code code} to {@code into}, highlighted when the language is known. */
  public static void highlight(Dom dom, Element into, String language, String code) {
    String lang = language.toLowerCase(Locale.ROOT);
    Pattern tokens;
    Set<String> keywords;
    if (C_LIKE.contains(lang)) {
      tokens = C_TOKENS;
      keywords = KEYWORDS.get("c");
    } else if (HASH.contains(lang)) {
      tokens = HASH_TOKENS;
      keywords = KEYWORDS.get("hash");
    } else if (DASH.contains(lang)) {
      tokens = DASH_TOKENS;
      keywords = KEYWORDS.get("dash");
    } else {
      dom.text(into, code);
      return;
    }
    try {
      tokens(dom, into, code, tokens, keywords);
    } catch (StackOverflowError e) {
      // thousands of escapes in one string: the code is still shown, uncoloured
      while (into.getFirstChild() != null) {
        into.removeChild(into.getFirstChild());
      }
      dom.text(into, code);
    }
  }

  private static void tokens(Dom dom, Element into, String code, Pattern tokens,
      Set<String> keywords) {
    boolean caseless = tokens == DASH_TOKENS;
    Matcher m = tokens.matcher(code);
    int at = 0;
    StringBuilder plain = new StringBuilder();
    while (m.find()) {
      String kind = m.group(1) != null ? "comment" : m.group(2) != null ? "string"
          : m.group(3) != null ? "number"
          : keywords.contains(caseless ? m.group(4).toLowerCase(Locale.ROOT) : m.group(4))
              ? "keyword" : null;
      plain.append(code, at, m.start());
      at = m.end();
      if (kind == null) {
        plain.append(m.group());
        continue;
      }
      dom.text(into, plain.toString());
      plain.setLength(0);
      dom.add(into, "span", "tok-" + kind, m.group());
    }
    plain.append(code, at, code.length());
    dom.text(into, plain.toString());
  }
}
