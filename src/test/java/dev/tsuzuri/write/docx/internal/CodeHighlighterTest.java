package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tsuzuri.write.docx.internal.CodeHighlighter.Kind;
import dev.tsuzuri.write.docx.internal.CodeHighlighter.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeHighlighterTest {

  static String kinds(List<Token> tokens) {
    return tokens.stream().filter(t -> t.kind() != Kind.PLAIN)
        .map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" | "));
  }

  static String joined(List<Token> tokens) {
    return tokens.stream().map(Token::text).collect(Collectors.joining());
  }

  @Test
  void javaLikeCode() {
    String code = "public class A { // 説明\n  String s = \"x\\\"y\"; int n = 42; /* multi\nline */ }";
    List<Token> t = CodeHighlighter.tokens("java", code);
    assertEquals(code, joined(t));
    assertEquals("KEYWORD:public | KEYWORD:class | COMMENT:// 説明 | STRING:\"x\\\"y\" | KEYWORD:int"
        + " | NUMBER:42 | COMMENT:/* multi\nline */", kinds(t));
  }

  @Test
  void shellCommentsOnlyAtWordStart() {
    String code = "echo $# ${x#y} # note\nls";
    List<Token> t = CodeHighlighter.tokens("bash", code);
    assertEquals(code, joined(t));
    assertEquals("KEYWORD:echo | COMMENT:# note", kinds(t));
  }

  @Test
  void unknownLanguageAndUnclosedStringsKeepEveryCharacter() {
    assertEquals(List.of(new Token(Kind.PLAIN, "anything \"goes")),
        CodeHighlighter.tokens("", "anything \"goes"));
    String code = "x = 'open\ny = 1";
    assertEquals(code, joined(CodeHighlighter.tokens("python", code)));
    assertEquals("KEYWORD:SELECT | KEYWORD:FROM | COMMENT:-- all",
        kinds(CodeHighlighter.tokens("sql", "SELECT * FROM t -- all")));
  }
}
