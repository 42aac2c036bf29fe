package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inline parser reads every regular-expression construct as flexmark's own does. */
class LinearInlineParserTest {
  @Test
  void readsTheConstructsFoundByRegularExpressions() {
    Document d = FlexmarkParser.parse("講演 `コード` と <em>強調</em> と <https://example.com/a>"
        + " と &amp; と [リンク](https://example.com/b \"題\") と [参照][r]\n\n"
        + "[r]: https://example.com/c '参照の題'\n");
    assertEquals(List.of("`コード`"), texts(d, Code.class));
    assertEquals(List.of("<em>", "</em>"), texts(d, HtmlInline.class));
    assertEquals(List.of("<https://example.com/a>"), texts(d, AutoLink.class));
    assertEquals(List.of("&amp;"), texts(d, HtmlEntity.class));
    Link link = (Link) nodes(d, Link.class).get(0);
    assertEquals("https://example.com/b", link.getUrl().toString());
    assertEquals("題", link.getTitle().toString());
    assertEquals(List.of("[参照][r]"), texts(d, LinkRef.class));
    Reference ref = (Reference) nodes(d, Reference.class).get(0);
    assertEquals("参照の題", ref.getTitle().toString());
  }

  @Test
  void aConstructThatDoesNotMatchStaysText() {
    Document d = FlexmarkParser.parse("a <em b `c <http: &amp\n");
    assertEquals(List.of(), texts(d, HtmlInline.class));
    assertEquals(List.of(), texts(d, Code.class));
    assertEquals(List.of(), texts(d, HtmlEntity.class));
  }

  private static List<String> texts(Node root, Class<?> type) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes(root, type)) {
      out.add(n.getChars().toString());
    }
    return out;
  }

  private static List<Node> nodes(Node root, Class<?> type) {
    List<Node> out = new ArrayList<>();
    for (Node n : root.getDescendants()) {
      if (type.isInstance(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
