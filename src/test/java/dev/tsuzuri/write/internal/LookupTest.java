package dev.tsuzuri.write.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tsuzuri.site.Mount;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a reference may be, in Hugo's order. */
class LookupTest {
  private static final Path SITE = Path.of("/site");
  private static final Lookup LOOKUP = new Lookup(SITE.resolve("content/p"),
      List.of(Mount.of(SITE.resolve("static")), new Mount(SITE.resolve("icons"), "ic"),
          Mount.of(SITE.resolve("themes/t/static"))),
      List.of(Mount.of(SITE.resolve("assets"))), List.of(Path.of("/extra")), "/blog/");

  @Test
  void relativeReferencesStayInTheNotesFolder() {
    assertEquals(List.of(SITE.resolve("content/p/a.png")), LOOKUP.candidates("a.png"));
    assertEquals(List.of(SITE.resolve("static/a.png")), LOOKUP.candidates("../../static/a.png"));
  }

  @Test
  void relativeReferencesTheFolderLacksAreServedFromThePagesUrlAsABrowserWould() {
    Lookup page = new Lookup(SITE.resolve("content/post"), List.of(Mount.of(SITE.resolve("static"))),
        List.of(Mount.of(SITE.resolve("assets"))), List.of(), "/", "/post/trip/");
    assertEquals(List.of(SITE.resolve("images/x.png"), SITE.resolve("static/images/x.png"),
        SITE.resolve("assets/images/x.png")), page.candidates("../../images/x.png"));
    // the page bundle first; climbing above the site's root stays at the root, as in a browser
    assertEquals(List.of(SITE.resolve("content/post/a.png"), SITE.resolve("static/post/trip/a.png"),
        SITE.resolve("assets/post/trip/a.png")), page.candidates("a.png"));
    assertEquals(SITE.resolve("static/x.png"), page.candidates("../../../../x.png").get(1));
    // an ugly URL's relative references start in its folder
    Lookup ugly = new Lookup(SITE.resolve("content/post"), List.of(Mount.of(SITE.resolve("static"))),
        List.of(), List.of(), "/", "/post/trip.html");
    assertEquals(SITE.resolve("static/post/x.png"), ugly.candidates("x.png").get(1));
  }

  @Test
  void siteAbsolutePathsTryStaticThenThemesThenAssetsThenExtraRootsThenTheNotesFolder() {
    assertEquals(List.of(SITE.resolve("static/img/a.png"), SITE.resolve("themes/t/static/img/a.png"),
        SITE.resolve("assets/img/a.png"), Path.of("/extra/img/a.png"),
        SITE.resolve("content/p/img/a.png")), LOOKUP.candidates("/img/a.png"));
    assertEquals(SITE.resolve("icons/x.svg"), LOOKUP.candidates("/ic/x.svg").get(1));
  }

  @Test
  void theBaseUrlsPathIsTriedWithoutItFirstAndDotsNeverLeaveTheSite() {
    assertEquals(SITE.resolve("static/a.png"), LOOKUP.candidates("/blog/a.png").get(0));
    assertEquals(SITE.resolve("static/etc/passwd"),
        LOOKUP.candidates("/../../../etc/passwd").get(0));
    assertEquals(SITE.resolve("static/a b%.png"), LOOKUP.candidates("/x/../a b%.png").get(0));
  }

  @Test
  void hugePathsResolveInLinearTime() {
    String dots = "/" + "../".repeat(600_000) + "a.png";
    String slashes = "/".repeat(2_000_000) + "a.png";
    String odd = "/" + "%?#[]".repeat(400_000);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertEquals(SITE.resolve("static/a.png"), LOOKUP.candidates(dots).get(0));
      assertEquals(SITE.resolve("static/a.png"), LOOKUP.candidates(slashes).get(0));
      assertEquals(5, LOOKUP.candidates(odd).size());
      // relative references also resolved against the page's URL
      Lookup page = new Lookup(SITE.resolve("content/p"), List.of(Mount.of(SITE.resolve("static"))),
          List.of(), List.of(), "/", "/p/" + "x/".repeat(300_000));
      assertEquals(SITE.resolve("static/a.png"),
          page.candidates("../".repeat(700_000) + "a.png").get(1));
    });
  }
}
