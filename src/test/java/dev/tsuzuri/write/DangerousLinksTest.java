package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Links with dangerous schemes, written as Markdown links, autolinks, raw HTML (inline and
 * block) and shortcodes, reach no output: not the HTML {@code href}s, the PDF's URI actions, nor
 * the hyperlink relationships of Word and PowerPoint. Their text stays; safe links stay links;
 * the note gets one warning however many formats it is written in.
 */
class DangerousLinksTest {
  static final String NOTE = """
      ---
      title: リンクの扱い
      lang: ja
      ---
      # 危ないリンク

      - [一つ目](javascript:alert(1)) と [二つ目](file:///etc/passwd)
      - [三つ目](vbscript:msgbox) と [四つ目](data:text/html;base64,PHNjcmlwdD4=)
      - [五つ目](JaVaScRiPt:alert(5)) と [六つ目](java%09script:alert(6))
      - オートリンク <javascript:alert(7)> と <file:///etc/shadow> と <vbscript:x>
      - 生のHTML <a href="javascript:alert(8)">八</a> と <a href=" java&#x09;script:alert(9)">九</a> と <a href="data:text/html,hi">十</a> と <a href="file:///c:/x">十一</a>
      - ネットワークパス [十二](//evil.example/x) と [十三](C:\\Windows\\win.ini)

      <div><a href="vbscript:msgbox(14)">ブロックの十四</a></div>

      {{< blogcard url="javascript:alert(15)" title="カード十五" >}}

      {{< blogcard url="file:///etc/hosts" title="カード十六" >}}

      # 安全なリンク

      - [ウェブ](https://example.com/ok) と [メール](mailto:someone@example.com)
      - [隣の出力](other.pdf) と [見出しへ](#危ないリンク)
      - <https://example.com/auto> と <a href="https://example.com/raw">生</a>
      """;

  private static final List<String> FORBIDDEN =
      List.of("javascript", "vbscript", "file:", "data:", "evil.example", "win.ini");

  @Test
  void noDangerousLinkInAnyFormat() throws Exception {
    WarningSink warnings = WarningSink.collecting("links.md");
    Document doc = MarkdownReader.defaults().read(NOTE, warnings);
    Map<String, List<String>> links = new java.util.LinkedHashMap<>();
    for (String format : List.of("html", "pdf", "docx", "pptx")) {
      MemoryOutputs out = new MemoryOutputs();
      Writers.forFormat(format).create().write(doc, new WriteContext("links", out,
          Resources.none(warnings), WriteOptions.defaults(), warnings));
      byte[] bytes = out.get("links." + format);
      links.put(format, switch (format) {
        case "html" -> OutputLinks.html(bytes);
        case "pdf" -> OutputLinks.pdf(bytes);
        default -> OutputLinks.ooxml(bytes);
      });
    }
    for (var e : links.entrySet()) {
      for (String target : e.getValue()) {
        String t = target.toLowerCase(Locale.ROOT).replaceAll("%09|\\s", "");
        for (String bad : FORBIDDEN) {
          assertFalse(t.contains(bad), e.getKey() + " keeps " + target);
        }
        assertFalse(t.startsWith("action:"), e.getKey() + " has " + target);
      }
      assertTrue(e.getValue().contains("https://example.com/ok"), e.getKey() + e.getValue());
      assertTrue(e.getValue().contains("mailto:someone@example.com"), e.getKey());
      assertTrue(e.getValue().contains("https://example.com/auto"), e.getKey());
      assertTrue(e.getValue().contains("other.pdf"), e.getKey() + e.getValue());
      if (e.getKey().equals("html") || e.getKey().equals("pdf")) {
        // Word and PowerPoint leave raw HTML out
        assertTrue(e.getValue().contains("https://example.com/raw"), e.getKey());
      }
    }
    List<Warning> dropped = warnings.warnings().stream()
        .filter(w -> w.message().startsWith("link left out")).toList();
    assertEquals(1, dropped.size(), dropped::toString);
    assertTrue(dropped.get(0).message().endsWith("javascript:alert(1)"), dropped::toString);
  }
}
