package dev.tsuzuri.write;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexical rules of one language family, as a table {@link CodeTokenizer} reads: how comments
 * and strings start and end, which words are keywords and types. Families share a table where
 * their token syntax agrees (Java, Go, Rust, TypeScript … are all C-like here).
 *
 * @param lineComments markers that start a comment running to the end of the line
 * @param blockOpen the marker that opens a block comment, or null
 * @param blockClose the marker that closes it
 * @param quotes the characters that open (and close) a string
 * @param tripleQuotes whether {@code """} and {@code '''} open strings that span lines
 * @param escapes whether a backslash escapes the next character in a string
 * @param multilineStrings whether every string may span lines (a backtick string always may)
 * @param hashAfterSpace whether {@code #} starts a comment only at a line's or word's start
 * @param charLiterals whether {@code '} opens a string only as a short character literal (Rust's
 *     {@code 'a} is a lifetime)
 * @param capitalTypes whether a capitalised name ({@code HashMap}) is a type
 * @param caseless whether keywords are matched without regard to case
 * @param markup whether the text is markup (tags, attributes, text)
 * @param keywords the reserved words
 * @param types the built-in type names
 */
record CodeSyntax(List<String> lineComments, String blockOpen, String blockClose, String quotes,
    boolean tripleQuotes, boolean escapes, boolean multilineStrings, boolean hashAfterSpace,
    boolean charLiterals, boolean capitalTypes, boolean caseless, boolean markup,
    Set<String> keywords, Set<String> types) {

  private static final Set<String> C_KEYWORDS = Set.of("abstract", "as", "async", "await",
      "break", "case", "catch", "chan", "class", "const", "continue", "crate", "debugger",
      "def", "default", "defer", "delete", "do", "dyn", "else", "enum", "export", "extends",
      "extern", "false", "final", "finally", "fn", "for", "foreach", "from", "fun", "func",
      "function", "go", "goto", "guard", "if", "impl", "implements", "import", "in", "inline",
      "instanceof", "interface", "internal", "is", "let", "loop", "match", "mod", "module",
      "move", "mut", "namespace", "new", "nil", "null", "object", "open", "operator",
      "override", "package", "private", "protected", "pub", "public", "range", "readonly",
      "record", "ref", "return", "sealed", "select", "self", "static", "struct", "super",
      "switch", "synchronized", "template", "this", "throw", "throws", "trait", "true", "try",
      "type", "typedef", "typeof", "undefined", "union", "unsafe", "use", "using", "val", "var",
      "virtual", "void", "volatile", "when", "where", "while", "with", "yield", "echo",
      "resource", "variable", "output", "provider", "data", "locals", "message", "service",
      "rpc", "returns", "syntax", "option", "repeated", "optional", "required");
  private static final Set<String> C_TYPES = Set.of("int", "long", "short", "char", "byte",
      "float", "double", "boolean", "bool", "string", "String", "Object", "Integer", "Long",
      "Boolean", "Double", "unsigned", "signed", "size_t", "u8", "u16", "u32", "u64", "u128",
      "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "str", "any",
      "number", "unknown", "never", "rune", "error", "int8", "int16", "int32", "int64",
      "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "Int", "Unit",
      "decimal", "object", "dynamic", "Self", "Option", "Result", "Vec", "List", "Map");
  private static final Set<String> PYTHON = Set.of("False", "None", "True", "and", "as",
      "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
      "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
      "match", "case", "self");
  private static final Set<String> PYTHON_TYPES = Set.of("int", "str", "float", "bool", "list",
      "dict", "set", "tuple", "bytes", "object", "type", "complex", "frozenset");
  private static final Set<String> RUBY = Set.of("BEGIN", "END", "alias", "and", "begin",
      "break", "case", "class", "def", "defined?", "do", "else", "elsif", "end", "ensure",
      "false", "for", "if", "in", "module", "next", "nil", "not", "or", "redo", "rescue",
      "retry", "return", "self", "super", "then", "true", "undef", "unless", "until", "when",
      "while", "yield", "require", "require_relative", "attr_accessor", "attr_reader",
      "private", "protected", "public", "puts", "lambda", "proc");
  private static final Set<String> SHELL = Set.of("if", "then", "else", "elif", "fi", "for",
      "while", "until", "do", "done", "case", "esac", "in", "function", "return", "local",
      "export", "readonly", "declare", "unset", "shift", "exit", "break", "continue", "source",
      "alias", "set", "trap", "eval", "exec", "true", "false", "select", "time", "echo",
      "cd", "printf", "read", "sudo");
  private static final Set<String> DATA = Set.of("true", "false", "null", "yes", "no", "on",
      "off", "True", "False", "Null", "Yes", "No", "TRUE", "FALSE", "NULL");
  private static final Set<String> SQL = Set.of("select", "from", "where", "insert", "into",
      "values", "update", "set", "delete", "create", "table", "drop", "alter", "add", "join",
      "left", "right", "inner", "outer", "full", "cross", "on", "group", "by", "order",
      "having", "limit", "offset", "and", "or", "not", "null", "is", "as", "distinct", "union",
      "all", "index", "primary", "key", "foreign", "references", "unique", "default", "case",
      "when", "then", "else", "end", "in", "exists", "between", "like", "asc", "desc", "view",
      "with", "begin", "commit", "rollback", "transaction", "grant", "revoke", "if", "returns",
      "return", "function", "procedure", "declare", "true", "false", "constraint", "database",
      "schema", "trigger", "replace", "using", "over", "partition", "window");
  private static final Set<String> SQL_TYPES = Set.of("int", "integer", "bigint", "smallint",
      "varchar", "char", "text", "boolean", "date", "timestamp", "numeric", "decimal", "float",
      "real", "serial", "uuid", "json", "jsonb", "blob", "datetime", "time", "double");
  private static final Set<String> LUA = Set.of("and", "break", "do", "else", "elseif", "end",
      "false", "for", "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat",
      "return", "then", "true", "until", "while");
  private static final Set<String> HASKELL = Set.of("case", "class", "data", "default",
      "deriving", "do", "else", "if", "import", "in", "infix", "instance", "let", "module",
      "newtype", "of", "then", "type", "where", "qualified", "as", "hiding", "True", "False");
  private static final Set<String> DOCKER = Set.of("from", "run", "cmd", "label", "expose",
      "env", "add", "copy", "entrypoint", "volume", "user", "workdir", "arg", "onbuild",
      "stopsignal", "healthcheck", "shell", "as", "maintainer");
  private static final Set<String> LISP = Set.of("defn", "def", "fn", "let", "if", "do",
      "when", "cond", "loop", "recur", "ns", "require", "defun", "defvar", "lambda", "setq",
      "progn", "nil", "true", "false", "t");

  private static final CodeSyntax C_LIKE = new CodeSyntax(List.of("//"), "/*", "*/", "\"'`",
      false, true, false, false, false, true, false, false, C_KEYWORDS, C_TYPES);
  private static final CodeSyntax TRIPLE_C = withTriple(C_LIKE);
  private static final CodeSyntax RUST = new CodeSyntax(List.of("//"), "/*", "*/", "\"'",
      false, true, false, false, true, true, false, false, C_KEYWORDS, C_TYPES);
  private static final CodeSyntax PHP = new CodeSyntax(List.of("//", "#"), "/*", "*/", "\"'`",
      false, true, true, false, false, true, false, false, C_KEYWORDS, C_TYPES);
  private static final CodeSyntax CSS = new CodeSyntax(List.of(), "/*", "*/", "\"'", false,
      true, false, false, false, false, false, false, Set.of("important"), Set.of());
  private static final CodeSyntax SCSS = new CodeSyntax(List.of("//"), "/*", "*/", "\"'",
      false, true, false, false, false, false, false, false, Set.of("important"), Set.of());
  private static final CodeSyntax PYTHON_SYNTAX = new CodeSyntax(List.of("#"), null, null,
      "\"'", true, true, false, false, false, false, false, false, PYTHON, PYTHON_TYPES);
  private static final CodeSyntax RUBY_SYNTAX = new CodeSyntax(List.of("#"), null, null,
      "\"'`", false, true, true, false, false, true, false, false, RUBY, Set.of());
  private static final CodeSyntax SHELL_SYNTAX = new CodeSyntax(List.of("#"), null, null,
      "\"'`", false, true, true, true, false, false, false, false, SHELL, Set.of());
  private static final CodeSyntax POWERSHELL = new CodeSyntax(List.of("#"), "<#", "#>",
      "\"'", false, false, true, true, false, false, true, false, SHELL, Set.of());
  private static final CodeSyntax HASH_DATA = new CodeSyntax(List.of("#"), null, null, "\"'",
      true, true, false, true, false, false, false, false, DATA, Set.of());
  private static final CodeSyntax INI = new CodeSyntax(List.of("#", ";"), null, null, "\"'",
      false, true, false, true, false, false, false, false, DATA, Set.of());
  private static final CodeSyntax HASH_PLAIN = new CodeSyntax(List.of("#"), null, null,
      "\"'`", false, true, false, true, false, false, false, false, SHELL, Set.of());
  private static final CodeSyntax DOCKERFILE = new CodeSyntax(List.of("#"), null, null,
      "\"'", false, true, false, true, false, false, true, false, DOCKER, Set.of());
  private static final CodeSyntax SQL_SYNTAX = new CodeSyntax(List.of("--"), "/*", "*/", "'\"",
      false, false, true, false, false, false, true, false, SQL, SQL_TYPES);
  private static final CodeSyntax LUA_SYNTAX = new CodeSyntax(List.of("--"), "--[[", "]]",
      "\"'", false, true, false, false, false, false, false, false, LUA, Set.of());
  private static final CodeSyntax HASKELL_SYNTAX = new CodeSyntax(List.of("--"), "{-", "-}",
      "\"", false, true, false, false, false, true, false, false, HASKELL, Set.of());
  private static final CodeSyntax LISP_SYNTAX = new CodeSyntax(List.of(";"), null, null, "\"",
      false, true, true, false, false, false, false, false, LISP, Set.of());
  private static final CodeSyntax TEX = new CodeSyntax(List.of("%"), null, null, "", false,
      false, false, false, false, false, false, false, Set.of(), Set.of());
  private static final CodeSyntax MARKUP = new CodeSyntax(List.of(), "<!--", "-->", "\"'",
      false, false, true, false, false, false, false, true, Set.of(), Set.of());

  private static final Map<String, CodeSyntax> BY_NAME = new HashMap<>();

  static {
    names(C_LIKE, "java", "c", "h", "cpp", "c++", "cc", "hpp", "cs", "csharp", "c#", "js",
        "javascript", "jsx", "mjs", "cjs", "ts", "typescript", "tsx", "go", "golang", "dart",
        "json", "jsonc", "json5", "hcl", "terraform", "tf", "proto", "protobuf", "objc",
        "objective-c", "zig", "solidity", "sol", "d", "glsl", "hlsl", "cuda", "arduino",
        "v", "vala", "actionscript", "as");
    names(TRIPLE_C, "kotlin", "kt", "kts", "scala", "sc", "swift", "groovy", "gradle");
    names(RUST, "rust", "rs");
    names(PHP, "php");
    names(CSS, "css");
    names(SCSS, "scss", "less", "sass", "stylus");
    names(PYTHON_SYNTAX, "python", "py", "python3", "py3", "pyi", "jython", "starlark",
        "bzl", "gdscript");
    names(RUBY_SYNTAX, "ruby", "rb", "rake", "gemfile", "podfile", "crystal", "cr");
    names(SHELL_SYNTAX, "sh", "bash", "zsh", "shell", "console", "shell-session", "ksh",
        "fish", "shellscript", "terminal", "awk");
    names(POWERSHELL, "powershell", "ps1", "ps", "pwsh");
    names(HASH_DATA, "yaml", "yml", "toml");
    names(INI, "ini", "conf", "cfg", "properties", "editorconfig", "gitconfig", "dosini");
    names(HASH_PLAIN, "perl", "pl", "r", "makefile", "make", "mk", "nginx", "elixir", "ex",
        "exs", "cmake", "julia", "jl", "nim", "tcl", "coffee", "coffeescript", "gitignore",
        "apache", "htaccess", "hosts", "sshconfig", "graphql", "gql");
    names(DOCKERFILE, "dockerfile", "docker", "containerfile");
    names(SQL_SYNTAX, "sql", "mysql", "postgresql", "postgres", "psql", "plsql", "sqlite",
        "tsql", "hive", "bigquery", "cql");
    names(LUA_SYNTAX, "lua");
    names(HASKELL_SYNTAX, "haskell", "hs", "elm", "purescript");
    names(LISP_SYNTAX, "clojure", "clj", "cljs", "edn", "lisp", "elisp", "emacs-lisp",
        "scheme", "racket", "asm", "nasm", "s");
    names(TEX, "tex", "latex", "erlang", "erl", "matlab", "octave", "bibtex");
    names(MARKUP, "html", "htm", "xhtml", "xml", "svg", "xsl", "xslt", "plist", "vue",
        "svelte", "xaml", "jsp", "erb", "ejs", "handlebars", "hbs", "mustache", "pom", "rss",
        "atom", "wsdl", "xsd");
  }

  private static void names(CodeSyntax syntax, String... names) {
    for (String n : names) {
      BY_NAME.put(n, syntax);
    }
  }

  private static CodeSyntax withTriple(CodeSyntax s) {
    return new CodeSyntax(s.lineComments, s.blockOpen, s.blockClose, s.quotes, true, s.escapes,
        s.multilineStrings, s.hashAfterSpace, s.charLiterals, s.capitalTypes, s.caseless,
        s.markup, s.keywords, s.types);
  }

  /**
   * The rules for a fence's language name ("js", "Python", "language-go", "{.ruby}"), or null
   * when the language is not known and its code stays plain.
   */
  static CodeSyntax forLanguage(String language) {
    if (language == null) {
      return null;
    }
    String name = language.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("{")) {
      name = name.substring(1);
    }
    if (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.startsWith("language-")) {
      name = name.substring("language-".length());
    }
    int end = 0;
    while (end < name.length() && !Character.isWhitespace(name.charAt(end))
        && "{},:".indexOf(name.charAt(end)) < 0) {
      end++;
    }
    return BY_NAME.get(name.substring(0, end));
  }

  /** Every language name that gets colours, for tests and documentation. */
  static Set<String> names() {
    return Set.copyOf(BY_NAME.keySet());
  }

  /** The kind of a word: keyword, type or plain (functions are told by what follows). */
  TokenKind word(String w) {
    String key = caseless ? w.toLowerCase(Locale.ROOT) : w;
    if (keywords.contains(key)) {
      return TokenKind.KEYWORD;
    }
    if (types.contains(key)) {
      return TokenKind.TYPE;
    }
    return TokenKind.PLAIN;
  }
}
