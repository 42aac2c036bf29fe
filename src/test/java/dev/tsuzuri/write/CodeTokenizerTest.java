package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeTokenizerTest {
  static String kinds(List<CodeToken> tokens) {
    return tokens.stream().filter(t -> t.kind() != TokenKind.PLAIN)
        .map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" | "));
  }

  static String joined(List<CodeToken> tokens) {
    return tokens.stream().map(CodeToken::text).collect(Collectors.joining());
  }

  @Test
  void javaLikeCode() {
    String code = "public class Ab { // 説明\n  String s = \"x\\\"y\"; int n = 42; /* multi\nline */"
        + " run(1.5); }";
    List<CodeToken> t = CodeTokenizer.tokens("java", code);
    assertEquals(code, joined(t));
    assertEquals("KEYWORD:public | KEYWORD:class | TYPE:Ab | COMMENT:// 説明 | TYPE:String"
        + " | STRING:\"x\\\"y\" | TYPE:int | NUMBER:42 | COMMENT:/* multi\nline */"
        + " | FUNCTION:run | NUMBER:1.5", kinds(t));
  }

  @Test
  void shellCommentsOnlyAtWordStart() {
    String code = "echo $# ${x#y} # note\nls";
    List<CodeToken> t = CodeTokenizer.tokens("bash", code);
    assertEquals(code, joined(t));
    assertEquals("KEYWORD:echo | COMMENT:# note", kinds(t));
  }

  @Test
  void pythonTripleQuotesAndRubyInterpolation() {
    assertEquals("KEYWORD:def | FUNCTION:f | STRING:\"\"\"doc\n\"quoted\"\n\"\"\" | KEYWORD:return"
        + " | NUMBER:1", kinds(CodeTokenizer.tokens("python",
            "def f():\n  \"\"\"doc\n\"quoted\"\n\"\"\"\n  return 1")));
    assertEquals("KEYWORD:puts | STRING:\"a #{b} c\" | COMMENT:# end",
        kinds(CodeTokenizer.tokens("ruby", "puts(\"a #{b} c\") # end")));
  }

  @Test
  void rustLifetimesAreNotStrings() {
    assertEquals("KEYWORD:fn | TYPE:str | STRING:'x' | STRING:'\\n'",
        kinds(CodeTokenizer.tokens("rust", "fn f<'a>(s: &'a str) { 'x'; '\\n' }")));
  }

  @Test
  void markupTagsAttributesAndComments() {
    assertEquals("COMMENT:<!-- c --> | KEYWORD:a | TYPE:href | STRING:\"x\" | KEYWORD:a",
        kinds(CodeTokenizer.tokens("html", "<!-- c --><a href=\"x\">if</a>")));
  }

  @Test
  void unknownLanguageAndUnclosedStringsKeepEveryCharacter() {
    assertEquals(List.of(new CodeToken(TokenKind.PLAIN, "anything \"goes")),
        CodeTokenizer.tokens("", "anything \"goes"));
    assertEquals(List.of(), CodeTokenizer.tokens("java", ""));
    String code = "x = 'open\ny = 1";
    assertEquals(code, joined(CodeTokenizer.tokens("python", code)));
    assertEquals("KEYWORD:SELECT | KEYWORD:FROM | COMMENT:-- all",
        kinds(CodeTokenizer.tokens("sql", "SELECT * FROM t -- all")));
    assertTrue(CodeTokenizer.knows("{.JavaScript}"));
    assertTrue(CodeTokenizer.knows("language-go"));
  }

  /**
   * Every language's long string literal, unclosed string, long comment and unclosed block
   * comment, and a line of many small tokens: about 2M characters each, tokenized in linear
   * time without recursion (a regex with a repeated group overflowed the stack on 11,720
   * characters).
   */
  @Test
  void longInputsInEveryLanguage() {
    String blob = "QUJDRA==\\\"/+".repeat(40_000);
    String manyTokens = "a+1;\"s\"".repeat(60_000);
    // one name per table: the names of one table share its rules
    java.util.Map<CodeSyntax, String> oneEach = new java.util.IdentityHashMap<>();
    for (String name : new java.util.TreeSet<>(CodeTokenizer.languages())) {
      oneEach.putIfAbsent(CodeSyntax.forLanguage(name), name);
    }
    for (String lang : oneEach.values()) {
      for (String code : new String[] {
          "x = \"" + blob + "\"\n", "x = '" + blob + "'\n", "x = `" + blob + "`\n",
          "s = \"" + blob, "/* " + blob, "<!-- " + blob, "# " + blob + "\n// " + blob,
          "-- " + blob + "\n; " + blob + "\n% " + blob, "\"\"\"" + blob, "{- " + blob,
          manyTokens, "<a href=\"" + blob}) {
        List<CodeToken> t = CodeTokenizer.tokens(lang, code);
        assertEquals(code.length(), t.stream().mapToInt(k -> k.text().length()).sum(), lang);
      }
    }
  }
}
