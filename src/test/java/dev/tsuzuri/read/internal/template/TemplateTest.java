package dev.tsuzuri.read.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.read.internal.MarkdownHtml;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Go-template subset, construct by construct, and its limits. */
class TemplateTest {
  private final List<String> warnings = new ArrayList<>();

  private String render(String template, Map<String, String> named, List<String> positional,
      String inner) {
    Call call = new Call("sc", positional, named, inner, "line 3",
        new Values.Page("輪読ノート"), new Values.Site("綴り研究会", Map.of("author", "山田")));
    return Template.parse(template).render(call, MarkdownHtml::render, warnings::add);
  }

  private String named(String template, String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return render(template, m, List.of(), "");
  }

  @Test
  void plainHtmlIsWrittenAsItIs() {
    assertEquals("<hr>\n<h5>連載</h5>\n", named("<hr>\n<h5>連載</h5>\n"));
  }

  @Test
  void getByNameAndPositionEscapesAndDefaults() {
    assertEquals("<a href=\"u\">a &lt;b&gt;</a>", named("<a href=\"{{ .Get \"url\" }}\">"
        + "{{ .Get \"title\" }}</a>", "url", "u", "title", "a <b>"));
    assertEquals("二番目", render("{{ .Get 1 }}", Map.of(), List.of("一", "二番目"), ""));
    assertEquals("", render("{{ .Get 5 }}", Map.of(), List.of("一"), ""));
    assertEquals("既定", named("{{ .Get \"x\" | default \"既定\" }}"));
    assertEquals("与えた", named("{{ default \"既定\" (.Get \"x\") }}", "x", "与えた"));
  }

  @Test
  void innerAndInnerDeindentAndMarkdownify() {
    assertEquals("<div>**太字**</div>",
        render("<div>{{ .Inner }}</div>", Map.of(), List.of(), "**太字**"));
    assertEquals("a\n  b", render("{{ .InnerDeindent }}", Map.of(), List.of(), "    a\n      b"));
    assertEquals("<strong>太字</strong>",
        render("{{ .Inner | markdownify }}", Map.of(), List.of(), "**太字**"));
    String table = "| a | b |\n| --- | --- |\n| 1 | 2 |\n";
    assertTrue(render("{{ .Inner | markdownify }}", Map.of(), List.of(), table)
        .contains("<table>"));
  }

  @Test
  void pageSiteAndParams() {
    assertEquals("輪読ノート / 綴り研究会 / 山田", named("{{ .Page.Title }} / {{ .Site.Title }} / "
        + "{{ .Site.Params.author }}"));
    assertEquals("x=1;y=2;", named("{{ range $k, $v := .Params }}{{ $k }}={{ $v }};{{ end }}",
        "y", "2", "x", "1"));
    assertEquals("a", render("{{ index .Params 0 }}", Map.of(), List.of("a"), ""));
    assertEquals("true", named("{{ isset .Params \"x\" }}", "x", "1"));
  }

  @Test
  void ifElseIfElseWithAndTrimming() {
    String t = "{{- if eq (.Get \"k\") \"a\" -}} A {{- else if .Get \"k\" -}} B"
        + " {{- else -}} C {{- end -}}";
    assertEquals("A", named(t, "k", "a"));
    assertEquals("B", named(t, "k", "b"));
    assertEquals("C", named(t));
    assertEquals("[説明]", named("{{ with .Get \"d\" }}[{{ . }}]{{ else }}none{{ end }}",
        "d", "説明"));
    assertEquals("none", named("{{ with .Get \"d\" }}[{{ . }}]{{ else }}none{{ end }}"));
  }

  @Test
  void variablesSafeHtmlPrintfAndUrls() {
    assertEquals("<b>x</b>", named("{{ $v := \"<b>x</b>\" }}{{ $v | safeHTML }}"));
    assertEquals("2", named("{{ $n := 1 }}{{ if true }}{{ $n = 2 }}{{ end }}{{ $n }}"));
    assertEquals("a-1-&#34;q&#34;", named("{{ printf \"%s-%d-%q\" \"a\" 1 \"q\" }}"));
    assertEquals("example.com", named("{{ (urls.Parse (.Get \"u\")).Host }}",
        "u", "https://example.com/a?b#c"));
    assertEquals("example.com", named("{{ $u := .Get \"u\" }}{{ (urls.Parse $u).Host }}",
        "u", "//example.com/a"));
  }

  @Test
  void commentsGoAndErrorfWarns() {
    assertEquals("ab", named("a{{/* 注 */}}b<!-- html {{ .Get \"x\" }} -->"));
    assertEquals("", named("{{ if not (.Get \"url\") }}{{ errorf \"missing url: %s\""
        + " .Position }}{{ end }}"));
    assertEquals(List.of("missing url: line 3"), warnings);
  }

  @Test
  void templatesBeyondTheSubsetAreUnsupported() {
    assertEquals("function 'partial'", Template.parse("{{ partial \"x.html\" . }}")
        .unsupported());
    assertEquals("function 'resources.Get'", Template.parse("{{ $i := resources.Get \"a\" }}")
        .unsupported());
    assertEquals("'define'", Template.parse("{{ define \"x\" }}{{ end }}").unsupported());
    Unsupported e = assertThrows(Unsupported.class,
        () -> named("{{ range .Site.RegularPages }}{{ .Title }}{{ end }}"));
    assertEquals("the field .Site.RegularPages", e.getMessage());
    assertTrue(Template.parse("{{ if .Get 0 }}").unsupported().contains("without {{ end }}"));
    assertTrue(Template.parse("{{ .Get 0 ").unsupported().contains("not closed"));
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() {
    String deep = "{{ if true }}".repeat(10_000) + "x" + "{{ end }}".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertEquals("blocks nested deeper than " + Parser.MAX_DEPTH,
            Template.parse(deep).unsupported()));
    String parens = "{{ " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + " }}";
    assertTrue(Template.parse(parens).unsupported().startsWith("parentheses nested deeper"));
    String ok = "{{ if true }}".repeat(90) + "x" + "{{ end }}".repeat(90);
    assertEquals("x", named(ok));
  }

  @Test
  void megabyteTemplatesAndArgumentsStayLinear() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      String big = "<p>{{ .Get \"t\" }}</p>\n".repeat(40_000);
      String arg = "語".repeat(1_000_000);
      assertTrue(Template.parse(big).unsupported().isEmpty());
      String out = render("{{ .Get \"t\" | default \"x\" | lower }}{{ replace (.Get \"t\")"
          + " \"語\" \"字\" }}{{ urls.Parse (.Get \"t\") }}", Map.of("t", arg), List.of(), "");
      assertTrue(out.length() > 2_000_000);
      assertTrue(Template.parse("{{".repeat(500_000)).unsupported().length() > 0);
      assertTrue(Template.parse("{{ \"" + "\\".repeat(1_000_000)).unsupported().length() > 0);
      assertTrue(Template.parse("<!--".repeat(300_000)).unsupported().isEmpty());
      String many = "{{ range .Params }}{{ . }}{{ end }}".repeat(20_000);
      assertTrue(Template.parse(many).unsupported().isEmpty());
    });
  }

  @Test
  void outputThatWouldGrowWithoutEndIsRefused() {
    String doubling = "{{ $s := .Get \"t\" }}" + "{{ $s = printf \"%s%s\" $s $s }}".repeat(40)
        + "{{ $s }}";
    assertThrows(Unsupported.class, () -> named(doubling, "t", "ab"));
  }
}
