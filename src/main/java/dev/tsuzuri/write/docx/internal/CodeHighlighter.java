package dev.tsuzuri.write.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small lexer that colours code blocks: comments, strings, numbers and keywords, for the
 * language families notes use most (C-like, shell/Python/YAML-like, SQL, HTML/XML). It never
 * fails: an unknown language gets no colours, and every character of the code is kept.
 */
final class CodeHighlighter {
  /** What a piece of code is. */
  enum Kind {
    PLAIN, KEYWORD, STRING, COMMENT, NUMBER
  }

  /** A piece of the code. */
  record Token(Kind kind, String text) {}

  private enum Family {
    C_LIKE("//", "/*", "*/"),
    HASH("#", null, null),
    SQL("--", "/*", "*/"),
    MARKUP(null, "<!--", "-->"),
    NONE(null, null, null);

    final String line;
    final String blockOpen;
    final String blockClose;

    Family(String line, String blockOpen, String blockClose) {
      this.line = line;
      this.blockOpen = blockOpen;
      this.blockClose = blockClose;
    }
  }

  private static final Set<String> KEYWORDS = Set.of("abstract", "and", "as", "async", "await",
      "break", "case", "catch", "class", "const", "continue", "def", "default", "defer", "del",
      "do", "done", "elif", "else", "enum", "esac", "export", "extends", "false", "fi", "final",
      "finally", "fn", "for", "from", "func", "function", "go", "if", "impl", "implements",
      "import", "in", "interface", "is", "lambda", "let", "local", "match", "mod", "module",
      "mut", "new", "nil", "none", "not", "null", "or", "package", "pass", "private",
      "protected", "pub", "public", "raise", "record", "return", "self", "static", "struct",
      "super", "switch", "then", "this", "throw", "throws", "trait", "true", "try", "type",
      "typeof", "undefined", "unless", "use", "val", "var", "void", "when", "where", "while",
      "with", "yield", "int", "long", "boolean", "bool", "string", "char", "byte", "float",
      "double", "select", "insert", "update", "delete", "into", "values", "create", "table",
      "drop", "alter", "join", "left", "right", "inner", "outer", "on", "group", "by", "order",
      "having", "limit", "begin", "end", "echo", "sudo", "resource", "variable", "output",
      "provider", "data");

  private CodeHighlighter() {}

  static List<Token> tokens(String language, String code) {
    Family family = family(language);
    List<Token> out = new ArrayList<>();
    if (family == Family.NONE) {
      out.add(new Token(Kind.PLAIN, code));
      return out;
    }
    boolean sql = family == Family.SQL;
    StringBuilder plain = new StringBuilder();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      int end = -1;
      Kind kind = null;
      if (family.line != null && code.startsWith(family.line, i)
          && (family != Family.HASH || i == 0 || !Character.isLetterOrDigit(code.charAt(i - 1))
              && code.charAt(i - 1) != '$')) {
        end = code.indexOf('\n', i);
        end = end < 0 ? n : end;
        kind = Kind.COMMENT;
      } else if (family.blockOpen != null && code.startsWith(family.blockOpen, i)) {
        int close = code.indexOf(family.blockClose, i + family.blockOpen.length());
        end = close < 0 ? n : close + family.blockClose.length();
        kind = Kind.COMMENT;
      } else if (c == '"' || c == '\'' || c == '`') {
        end = stringEnd(code, i, c);
        kind = Kind.STRING;
      } else if (Character.isDigit(c) && (i == 0 || !isWord(code.charAt(i - 1)))) {
        end = i;
        while (end < n && (Character.isLetterOrDigit(code.charAt(end))
            || code.charAt(end) == '.' || code.charAt(end) == '_')) {
          end++;
        }
        kind = Kind.NUMBER;
      } else if (isWord(c) && (i == 0 || !isWord(code.charAt(i - 1)))) {
        end = i;
        while (end < n && isWord(code.charAt(end))) {
          end++;
        }
        String word = code.substring(i, end);
        String key = sql ? word.toLowerCase(Locale.ROOT) : word;
        if (family != Family.MARKUP && KEYWORDS.contains(key)) {
          kind = Kind.KEYWORD;
        } else {
          plain.append(word);
          i = end;
          continue;
        }
      }
      if (kind == null) {
        plain.append(c);
        i++;
        continue;
      }
      if (plain.length() > 0) {
        out.add(new Token(Kind.PLAIN, plain.toString()));
        plain.setLength(0);
      }
      out.add(new Token(kind, code.substring(i, end)));
      i = end;
    }
    if (plain.length() > 0) {
      out.add(new Token(Kind.PLAIN, plain.toString()));
    }
    return out;
  }

  /** Where a string starting at {@code i} ends: its closing quote, or the end of the line. */
  private static int stringEnd(String code, int i, char quote) {
    int j = i + 1;
    while (j < code.length()) {
      char c = code.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == quote) {
        return j + 1;
      }
      if (c == '\n' && quote != '`') {
        return j;
      }
      j++;
    }
    return code.length();
  }

  private static boolean isWord(char c) {
    return c == '_' || c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static Family family(String language) {
    String l = language.toLowerCase(Locale.ROOT).trim();
    return switch (l) {
      case "java", "javascript", "js", "jsx", "typescript", "ts", "tsx", "c", "h", "cpp", "c++",
          "cc", "cs", "csharp", "go", "golang", "rust", "rs", "kotlin", "kt", "swift", "scala",
          "php", "groovy", "gradle", "dart", "json", "jsonc", "css", "scss", "hcl", "terraform",
          "tf", "proto", "protobuf", "objc" -> Family.C_LIKE;
      case "sh", "bash", "shell", "zsh", "console", "shellsession", "python", "py", "python3",
          "ruby", "rb", "yaml", "yml", "toml", "perl", "pl", "r", "dockerfile", "docker",
          "make", "makefile", "conf", "ini", "properties", "nginx", "powershell", "ps1",
          "elixir", "ex", "nim", "coffee", "fish", "awk", "tcl", "cmake" -> Family.HASH;
      case "sql", "mysql", "postgresql", "psql", "plsql", "lua", "haskell", "hs", "elm" ->
          Family.SQL;
      case "html", "xml", "xhtml", "svg", "vue", "markup" -> Family.MARKUP;
      default -> Family.NONE;
    };
  }
}
