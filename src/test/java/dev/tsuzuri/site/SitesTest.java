package dev.tsuzuri.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.site.internal.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a note's Hugo site and reading its configuration the way Hugo does. */
class SitesTest {
  @TempDir Path tmp;

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void dir(Path d) throws IOException {
    Files.createDirectories(d);
  }

  @Test
  void theRootIsTheNearestFolderWithAConfigFileOrConfigFolder() throws IOException {
    write(tmp.resolve("a/config.yaml"), "title: A\n");
    dir(tmp.resolve("a/content/posts/x"));
    dir(tmp.resolve("b/config/_default"));
    dir(tmp.resolve("b/content"));
    dir(tmp.resolve("c/content"));
    assertEquals(Optional.of(tmp.resolve("a")), Sites.findRoot(tmp.resolve("a/content/posts/x")));
    assertEquals(Optional.of(tmp.resolve("b")), Sites.findRoot(tmp.resolve("b/content")));
    assertTrue(Sites.findRoot(tmp.resolve("c/content")).isEmpty()
        || !Sites.findRoot(tmp.resolve("c/content")).get().startsWith(tmp));
  }

  @Test
  void readsTomlSettingsThemesAndTheStaticUnionInHugosOrder() throws IOException {
    write(tmp.resolve("hugo.toml"), """
        baseURL = "https://example.com/blog"
        Title = "ブログ"
        languageCode = "ja-jp"
        theme = ["main", "github.com/someone/extra/v2"]
        staticDir = ["static", "more"]
        [Permalinks]
          posts = "/:year/:slug/"
          [permalinks.page]
            notes = "/n/:slug/"
        [params]
          Author = {name = "花子"}
          description = "説明"
        """);
    for (String d : List.of("static", "more", "assets", "themes/main/static",
        "themes/main/assets", "themes/extra/static", "themes/main/layouts/shortcodes",
        "layouts/_shortcodes")) {
      dir(tmp.resolve(d));
    }
    WarningSink w = WarningSink.collecting("t");
    Site s = Sites.load(tmp, w);
    assertEquals(List.of(), w.warnings());
    assertEquals("ブログ", s.title());
    assertEquals("/blog/", s.basePath());
    assertEquals("ja-jp", s.languageCode());
    assertEquals(List.of(tmp.resolve("static"), tmp.resolve("more"),
        tmp.resolve("themes/main/static"), tmp.resolve("themes/extra/static")),
        s.staticMounts().stream().map(Mount::source).toList());
    assertEquals(List.of(tmp.resolve("assets"), tmp.resolve("themes/main/assets")),
        s.assetMounts().stream().map(Mount::source).toList());
    assertEquals(List.of(tmp.resolve("layouts/_shortcodes"),
        tmp.resolve("themes/main/layouts/shortcodes")), s.shortcodeDirs());
    assertEquals("/:year/:slug/", s.permalinks().get("posts"));
    assertEquals("/n/:slug/", s.permalinks().get("notes"));
    assertEquals("花子", s.author());
    assertEquals("説明", s.description());
    assertEquals(Optional.of("/images/x.png"), s.ownPath("http://EXAMPLE.com/images/x.png"));
    assertEquals(Optional.empty(), s.ownPath("https://other.com/images/x.png"));
  }

  @Test
  void aConfigFolderIsMergedWithTheRootFileWinning() throws IOException {
    write(tmp.resolve("config/_default/hugo.yaml"), "title: from folder\nbaseURL: /\n");
    write(tmp.resolve("config/_default/params.yml"), "author: 太郎\n");
    write(tmp.resolve("config/_default/languages.en.toml"),
        "languageCode = \"en-GB\"\ncontentDir = \"content/en\"\nweight = 2\n");
    write(tmp.resolve("config/_default/languages.ja.json"),
        "{\n\t\"languageCode\": \"ja-JP\",\n\t\"contentDir\": \"content/ja\",\n\t\"weight\": 1\n}");
    write(tmp.resolve("config/production/hugo.toml"), "buildDrafts = true\n");
    write(tmp.resolve("hugo.toml"), "title = \"root wins\"\n");
    Site s = Sites.load(tmp, WarningSink.collecting("t"));
    assertEquals("root wins", s.title());
    assertEquals("太郎", s.author());
    assertTrue(s.publish().drafts());
    assertEquals(List.of("ja", "en"), List.copyOf(s.languages().keySet()));
    assertTrue(s.multilingual());
    assertEquals("en-GB", s.languageOf(tmp.resolve("content/en/posts/a.md")).get().tag());
    assertEquals("ja-JP", s.languageOf(tmp.resolve("content/ja/a.md")).get().tag());
    assertEquals(6, s.configFiles().size());
  }

  @Test
  void aFileNameSuffixNamesTheLanguage() throws IOException {
    write(tmp.resolve("hugo.yaml"), "languages:\n  ja: {weight: 1}\n  en: {languageCode: en-US}\n");
    Site s = Sites.load(tmp, WarningSink.collecting("t"));
    assertEquals("en-US", s.languageOf(tmp.resolve("content/p/index.en.md")).get().tag());
    assertEquals("ja", s.languageOf(tmp.resolve("content/p/index.ja.md")).get().tag());
    assertTrue(s.languageOf(tmp.resolve("content/p/index.md")).isEmpty());
  }

  @Test
  void mountsReplaceTheDefaultFolderAndMayServeASubpath() throws IOException {
    write(tmp.resolve("config.toml"), """
        [[module.mounts]]
          source = "node_modules/icons/dist"
          target = "static/icons"
        [[module.mounts]]
          source = "images"
          target = "assets"
        """);
    dir(tmp.resolve("node_modules/icons/dist"));
    dir(tmp.resolve("images"));
    dir(tmp.resolve("static"));
    Site s = Sites.load(tmp, WarningSink.collecting("t"));
    assertEquals(List.of(new Mount(tmp.resolve("node_modules/icons/dist"), "icons")),
        s.staticMounts());
    assertEquals(tmp.resolve("node_modules/icons/dist/a.svg"),
        s.staticMounts().get(0).resolve("/icons/a.svg"));
    assertEquals(null, s.staticMounts().get(0).resolve("/other/a.svg"));
    assertEquals(List.of(Mount.of(tmp.resolve("images"))), s.assetMounts());
  }

  @Test
  void aBrokenConfigIsAWarningNamingTheFileAndLineNotAFailure() throws IOException {
    write(tmp.resolve("hugo.toml"), "title = \"ok\"\n[params\nauthor = 1\n");
    write(tmp.resolve("config/_default/menus.yaml"), "main: [unclosed\n");
    write(tmp.resolve("config/_default/params.json"), "{\"description\": \"fine\"}");
    WarningSink w = WarningSink.collecting("t");
    Site s = Sites.load(tmp, w);
    assertEquals("fine", s.description());
    assertEquals("", s.title());
    assertEquals(2, w.warnings().size(), w.warnings().toString());
    assertTrue(w.warnings().get(1).message().contains("hugo.toml:2 is broken"),
        w.warnings().toString());
    assertTrue(w.warnings().get(0).message().contains("menus.yaml"), w.warnings().toString());
  }

  @Test
  void aMissingThemeIsAWarning() throws IOException {
    write(tmp.resolve("hugo.toml"), "theme = \"gone\"\n");
    WarningSink w = WarningSink.collecting("t");
    Sites.load(tmp, w);
    assertTrue(w.warnings().get(0).message().contains("theme not found"), w.toString());
  }

  @Test
  void eachSiteIsReadOnceAndItsWarningsGoToOneNote() throws IOException {
    write(tmp.resolve("hugo.toml"), "title = [\n");
    dir(tmp.resolve("content"));
    Sites sites = Sites.lookingUp();
    WarningSink first = WarningSink.collecting("a");
    WarningSink second = WarningSink.collecting("b");
    Site a = sites.forNote(tmp.resolve("content/a.md"), first).orElseThrow();
    Site b = sites.forNote(tmp.resolve("content/b.md"), second).orElseThrow();
    assertTrue(a == b);
    assertEquals(1, first.warnings().size());
    assertEquals(0, second.warnings().size());
    assertTrue(Sites.none().forNote(tmp.resolve("content/a.md"), first).isEmpty());
  }

  @Test
  void hostsOfHugeUrlsAreFoundInLinearTime() throws IOException {
    write(tmp.resolve("hugo.toml"), "baseURL = \"https://example.com/\"\n");
    Site s = Sites.load(tmp, WarningSink.collecting("t"));
    String slashes = "https://" + "/".repeat(2_000_000);
    String host = "https://" + "a".repeat(2_000_000) + "@example.com/" + "b".repeat(100_000);
    String colons = "//" + ":".repeat(2_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertEquals(Optional.empty(), s.ownPath(slashes));
      assertEquals(Optional.empty(), s.ownPath(colons));
      assertEquals(100_001, s.ownPath(host).orElseThrow().length());
      assertEquals("/", s.basePath());
    });
  }
}
