package dev.tsuzuri.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.site.Site;
import dev.tsuzuri.site.internal.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own shortcode templates read through {@link MarkdownReader#forSite}, the mappings of
 * {@code tsuzuri.yaml} through {@link ShortcodeMapping}, and the sandbox around templates.
 */
class SiteShortcodesTest {
  private static final Path ZEMI = Path.of("src/test/resources/sites/zemi");

  @TempDir Path tmp;

  private static String dump(MarkdownReader reader, String markdown, WarningSink w) {
    return OutlineDump.of(reader.read(markdown, w));
  }

  private static MarkdownReader zemiReader() {
    Site site = Sites.load(ZEMI.toAbsolutePath().normalize(), WarningSink.collecting(""));
    return MarkdownReader.defaults().forSite(site);
  }

  @Test
  void theFixtureNoteReadsEveryTemplateTheSubsetCovers() throws IOException {
    WarningSink w = WarningSink.collecting("zemi.md");
    Document doc = zemiReader().read(ZEMI.resolve("content/posts/zemi.md"), w);
    String d = OutlineDump.of(doc);
    // plain HTML: a rule, a heading and a list of links; the site's template, not the theme's
    assertTrue(d.contains("輪読シリーズ") && d.contains("/posts/zemi-2/"), d);
    assertFalse(d.contains("テーマの連載一覧"), d);
    // the subset: .Get, default, with/else, printf, urls.Parse .Host, range over .Params,
    // replace, markdownify and safeHTML; .Page.Title and .Site.Title from the theme's template
    assertTrue(d.contains("https://example.org/hm") && d.contains("Hindley–Milner の解説"), d);
    assertTrue(d.contains("（説明なし）") && d.contains("出典: www.example.com"), d);
    assertTrue(d.contains("table\n") && d.contains("row | App | 関数適用"), d);
    assertTrue(d.contains("第3回 型推論の輪読 — 綴り研究会"), d);
    // beyond the subset: kept as text, the warning names the template and the fix
    assertTrue(d.contains("{{< gallery >}}"), d);
    List<String> messages = w.warnings().stream().map(Warning::message).toList();
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("shortcode 'gallery' kept as text:"
        + " its template layouts/shortcodes/gallery.html uses function 'partial'")
        && m.contains("tsuzuri.yaml")), messages.toString());
    // without the project config the mapped ones stay unknown
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("unknown shortcode 'oldlink'")),
        messages.toString());
  }

  @Test
  void withoutTheSiteTheSameNoteKeepsItsShortcodesAsText() {
    WarningSink w = WarningSink.collecting("");
    String d = dump(MarkdownReader.defaults(), "{{< series >}}\n", w);
    assertTrue(d.contains("{{< series >}}"), d);
    assertEquals(1, w.warnings().size());
  }

  @Test
  void aMarkdownCallIsReadAsMarkdown() throws IOException {
    Path site = site(Map.of("layouts/shortcodes/note.html", "<div>\n\n{{ .Inner }}\n\n</div>"));
    WarningSink w = WarningSink.collecting("");
    String d = dump(reader(site), "{{% note %}}\n**要点** と [リンク](https://a.example)\n"
        + "{{% /note %}}\n", w);
    assertTrue(d.contains("<strong>要点</strong>") && d.contains("(https://a.example)"), d);
    assertEquals(List.of(), w.warnings());
  }

  @Test
  void aTemplateOutsideTheSiteIsNotRead() throws IOException {
    Path outside = Files.writeString(tmp.resolve("secret.html"), "<p>秘密の中身</p>");
    Path site = site(Map.of());
    Path dir = Files.createDirectories(site.resolve("layouts/shortcodes"));
    try {
      Files.createSymbolicLink(dir.resolve("leak.html"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this file system: nothing can point out of the site
    }
    WarningSink w = WarningSink.collecting("");
    String d = dump(reader(site), "{{< leak >}}\n\n{{< ../../secret >}}\n", w);
    assertFalse(d.contains("秘密"), d);
    assertTrue(w.warnings().get(0).message().contains("a file outside the site"),
        w.warnings().toString());
  }

  @Test
  void everyMappingKindAndTheMappingWinsOverTheTemplate() throws IOException {
    Path site = site(Map.of("layouts/shortcodes/ext.html", "<b>テンプレート</b>"));
    ShortcodeRegistry r = ShortcodeRegistry.defaults()
        .with(ShortcodeMapping.parse("ext", Map.of("as", "link", "url", "url", "text", "title")))
        .with(ShortcodeMapping.parse("ad", Map.of("as", "drop")))
        .with(ShortcodeMapping.parse("box", Map.of("as", "inner")))
        .with(ShortcodeMapping.parse("pic", Map.of("as", "figure", "src", 0, "caption", "cap")))
        .with(ShortcodeMapping.parse("memo", Map.of("as", "callout", "kind", 0, "title", "t")));
    MarkdownReader reader = new MarkdownReader(ReadOptions.defaults().withShortcodes(r))
        .forSite(Sites.load(site, WarningSink.collecting("")));
    WarningSink w = WarningSink.collecting("");
    String d = dump(reader, "前 {{< ext url=\"https://x.example\" title=\"外部\" >}} 後\n\n"
        + "{{< ad >}}\n\n{{< box >}}\n中身の *文*\n{{< /box >}}\n\n"
        + "{{< pic \"/img/a.png\" cap=\"図1\" >}}\n\n"
        + "{{< memo \"warning\" t=\"締め切り\" >}}\n提出は **金曜** まで\n{{< /memo >}}\n", w);
    assertTrue(d.contains("https://x.example") && d.contains("外部"), d);
    assertFalse(d.contains("テンプレート"), d);
    assertFalse(d.contains("{{<"), d);
    assertTrue(d.contains("para: 中身の <em>文</em>"), d);
    assertTrue(d.contains("figure /img/a.png") && d.contains("caption=図1"), d);
    assertTrue(d.contains("callout warning 締め切り") && d.contains("<strong>金曜</strong>"), d);
    assertEquals(List.of(), w.warnings());
    assertTrue(reader.settings().contains("ext=link"), reader.settings());
  }

  @Test
  void badMappingsSayWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ShortcodeMapping.parse("x", Map.of("as", "banner"))).getMessage()
        .contains("'banner' is not a kind"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ShortcodeMapping.parse("x", Map.of("url", "u"))).getMessage()
        .contains("'as' is missing"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ShortcodeMapping.parse("x", Map.of("as", "link", "src", "u"))).getMessage()
        .contains("'src' is not a parameter of as: link"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ShortcodeMapping.parse("x", Map.of("as", "drop", "url", "u"))).getMessage()
        .contains("it takes none"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ShortcodeMapping.parse("x", "link")).getMessage().contains("expected a map"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ShortcodeMapping.parse("x", Map.of("as", "callout", "url", "u"))).getMessage()
        .contains("its parameters: kind, title"));
  }

  @Test
  void longArgumentsAndDeepTemplatesReadQuickly() throws IOException {
    Path site = site(Map.of("layouts/shortcodes/t.html", "<p>{{ .Get 0 | default \"x\" }}</p>",
        "layouts/shortcodes/deep.html",
        "{{ if true }}".repeat(10_000) + "x" + "{{ end }}".repeat(10_000)));
    MarkdownReader reader = reader(site);
    String arg = "あ".repeat(1_000_000);
    long start = System.nanoTime();
    WarningSink w = WarningSink.collecting("");
    String d = dump(reader, "{{< t \"" + arg + "\" >}}\n\n{{< deep >}}\n", w);
    assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
    assertTrue(d.contains("ああああ"));
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("nested deeper than")),
        w.warnings().toString());
  }

  private MarkdownReader reader(Path site) {
    return MarkdownReader.defaults().forSite(Sites.load(site, WarningSink.collecting("")));
  }

  private Path site(Map<String, String> files) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(root.resolve("hugo.toml"), "title = \"試験\"\n");
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path f = root.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
    }
    Files.createDirectories(root.resolve("layouts/shortcodes"));
    return root.toRealPath();
  }
}
