package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.LinkResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SafeHtmlTest {
  private static Element run(String html, WarningSink w) {
    Dom dom = new Dom(Xml.newDocument());
    Element root = dom.element("div");
    dom.document().appendChild(root);
    SafeHtml s = new SafeHtml(dom, root, w, new LinkPolicy(LinkResolver.NONE, w, "html"));
    s.feed(html, 3);
    s.finish();
    return root;
  }

  private static String markup(Element e) {
    return XhtmlSerializer.serialize(e.getOwnerDocument());
  }

  @Test
  void keepsTheSafeSubsetWithoutAttributes() {
    Element root = run("<b onclick=\"x()\">太字</b><i style=\"x\">斜体</i>H<sub>2</sub>O<br>"
        + "<kbd>Ctrl</kbd><span class=\"evil\">文</span>", WarningSink.collecting("n"));
    String m = markup(root);
    assertTrue(m.contains("<b>太字</b><i>斜体</i>H<sub>2</sub>O<br><kbd>Ctrl</kbd><span>文</span>"), m);
    assertFalse(m.contains("onclick") || m.contains("style=") || m.contains("evil"), m);
  }

  @Test
  void dropsScriptsStylesAndFramesWithTheirContentAndWarns() {
    WarningSink w = WarningSink.collecting("n");
    Element root = run("前<script>alert('x')</script><style>body{}</style>"
        + "<iframe src=\"https://evil.example\">中</iframe>後", w);
    assertEquals("前後", root.getTextContent());
    assertEquals(3, w.warnings().size(), "" + w.warnings());
    assertEquals(3, w.warnings().get(0).line());
  }

  @Test
  void linksKeepOnlyWebTargetsAndUnknownTagsKeepTheirText() {
    Element root = run("<a href=\"javascript:alert(1)\">危険</a><a href='https://ok.example/'>"
        + "安全</a><table><tr><td>表</td></tr></table><font color=red>赤</font>&amp;&#x41;&copy;",
        WarningSink.collecting("n"));
    String m = markup(root);
    assertFalse(m.contains("javascript"), m);
    assertTrue(m.contains("<a href=\"https://ok.example/\">安全</a>"), m);
    assertTrue(root.getTextContent().matches(".*表\\s+赤&A©"), root.getTextContent());
  }

  @Test
  void piecesFedSeparatelyNestAsWritten() {
    Dom dom = new Dom(Xml.newDocument());
    Element root = dom.element("p");
    dom.document().appendChild(root);
    SafeHtml s = new SafeHtml(dom, root, WarningSink.collecting("n"),
        new LinkPolicy(LinkResolver.NONE, WarningSink.collecting("n"), "html"));
    s.feed("<b>", 1);
    dom.text(s.current(), "内側");
    s.feed("</b>", 1);
    dom.text(s.current(), "外側");
    assertTrue(markup(root).contains("><b>内側</b>外側</p>"), markup(root));
  }
}
