package dev.tsuzuri.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.Tsuzuri;
import dev.tsuzuri.convert.NoteResult.Status;
import dev.tsuzuri.testing.Links;
import dev.tsuzuri.testing.PlacedPictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole Hugo sites (the fixtures under {@code src/test/resources/sites}) converted to PDF, Word
 * and PowerPoint: every picture the site shows — Markdown images, {@code figure} shortcodes, raw
 * {@code <img>}, front-matter covers; from page bundles, {@code static/}, a theme's {@code
 * static/}, {@code assets/}, {@code staticDir} lists and {@code module.mounts} — is placed in
 * every format, read back with PDFBox and POI.
 */
class HugoSiteConvertTest {
  @TempDir Path tmp;

  static Path copySite(String name, Path into) throws IOException {
    Path from = Path.of("src/test/resources/sites", name);
    Path to = into.resolve(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  private BatchResult convert(Path content, Path out, ConvertRequest.Builder more) {
    return Tsuzuri.convert(more.input(content).output(out).formats("pdf", "docx", "pptx")
        .jobs(2).build());
  }

  private static List<String> sorted(List<String> l) {
    List<String> s = new ArrayList<>(l);
    s.sort(null);
    return s;
  }

  private static void assertPlaced(List<String> expected, Path out, String stem)
      throws IOException {
    for (String ext : List.of("pdf", "docx", "pptx")) {
      Path file = out.resolve(stem + "." + ext);
      assertEquals(sorted(expected), sorted(PlacedPictures.of(file)), file.toString());
    }
  }

  @Test
  void everyPictureOfTheBlogIsPlacedInEveryFormat() throws IOException {
    Path site = copySite("blog", tmp);
    Path out = tmp.resolve("out");
    BatchResult r = convert(site.resolve("content"), out, ConvertRequest.builder());
    assertEquals(0, r.count(Status.FAILED), r.summary());
    assertEquals(2, r.count(Status.CONVERTED), r.summary());
    // cover, a.png as Markdown, raw <img> and an own-host URL, the theme's logo inside a list,
    // a URL-encoded name in a figure, a raw <img> inside a link, a path relative to the page's
    // URL (/2019/06/cloud-study-3/), an asset
    assertPlaced(List.of("320x180", "160x90", "160x90", "160x90", "120x120", "200x100",
        "64x64", "64x64", "90x60"), out.resolve("posts"), "seminar");
    // a page bundle: cover.image, a relative image, a figure, and ../ to static in a table cell
    assertPlaced(List.of("320x180", "120x80", "100x100", "64x64"), out.resolve("posts"), "trip");
    for (NoteResult n : r.notes()) {
      assertTrue(n.warnings().stream().noneMatch(w -> w.message().contains("not found")),
          n.warnings().toString());
    }
  }

  @Test
  void aMultilingualSiteWithAConfigFolderPlacesItsPicturesAndSetsTheLanguage()
      throws IOException {
    Path site = copySite("docs", tmp);
    Path out = tmp.resolve("out");
    BatchResult r = convert(site.resolve("content"), out, ConvertRequest.builder());
    assertEquals(3, r.count(Status.CONVERTED), r.summary());
    // /manual/pics/… under baseURL's path; a staticDir list; a module mount at static/shared
    assertPlaced(List.of("160x100", "120x80", "100x100"), out.resolve("ja/posts"), "install");
    assertPlaced(List.of("140x90"), out.resolve("ja/posts"), "bundle");
    assertPlaced(List.of("320x180", "160x100"), out.resolve("en/posts"), "install");
    // the English page's text is Japanese, but the site says it is English
    try (PDDocument en = Loader.loadPDF(out.resolve("en/posts/install.pdf").toFile());
        PDDocument ja = Loader.loadPDF(out.resolve("ja/posts/install.pdf").toFile())) {
      assertEquals("en-US", en.getDocumentCatalog().getLanguage());
      assertEquals("ja-JP", ja.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void withoutTheSiteSiteAbsolutePicturesAreNotFound() throws IOException {
    Path site = copySite("blog", tmp);
    Path out = tmp.resolve("out");
    BatchResult r = convert(site.resolve("content/posts/seminar.md"), out,
        ConvertRequest.builder().siteLookup(false));
    assertEquals(Status.CONVERTED, r.notes().get(0).status());
    assertTrue(r.notes().get(0).warnings().stream()
        .anyMatch(w -> w.message().equals("file not found: /images/2019/06/a.png")));
    assertEquals(List.of(), PlacedPictures.pdf(out.resolve("seminar.pdf")));
  }

  @Test
  void siteNamedExplicitlyServesANoteOutsideIt() throws IOException {
    Path site = copySite("blog", tmp);
    Path note = tmp.resolve("elsewhere/note.md");
    Files.createDirectories(note.getParent());
    Files.writeString(note, "# メモ\n\n![図](/images/2019/06/a.png)\n");
    Path out = tmp.resolve("out");
    convert(note, out, ConvertRequest.builder().site(site));
    assertEquals(List.of("160x90"), PlacedPictures.pdf(out.resolve("note.pdf")));
  }

  @Test
  void draftsFutureAndExpiredNotesAreSkippedAsHugoDoesUnlessAskedFor() throws IOException {
    Path site = copySite("blog", tmp);
    BatchResult r = convert(site.resolve("content"), tmp.resolve("out"),
        ConvertRequest.builder());
    assertEquals(1, r.count(Status.DRAFT));
    assertEquals(1, r.count(Status.FUTURE));
    assertEquals(1, r.count(Status.EXPIRED));
    assertTrue(r.summary().contains("2 future or expired skipped"), r.summary());
    BatchResult all = convert(site.resolve("content"), tmp.resolve("all"),
        ConvertRequest.builder().drafts(true).future(true).expired(true));
    assertEquals(5, all.count(Status.CONVERTED), all.summary());
    // the site's own buildFuture counts as --future
    Path config = site.resolve("hugo.toml");
    Files.writeString(config, "buildFuture = true\n" + Files.readString(config));
    BatchResult site2 = convert(site.resolve("content"), tmp.resolve("out2"),
        ConvertRequest.builder());
    assertEquals(0, site2.count(Status.FUTURE), site2.summary());
    assertEquals(1, site2.count(Status.EXPIRED), site2.summary());
  }

  @Test
  void aChangedPictureConfigOrShortcodeTemplateConvertsItsNotesAgain() throws IOException {
    Path site = copySite("blog", tmp);
    Path out = tmp.resolve("out");
    Path content = site.resolve("content");
    assertEquals(2, convert(content, out, ConvertRequest.builder()).count(Status.CONVERTED));
    assertEquals(2, convert(content, out, ConvertRequest.builder()).count(Status.UNCHANGED));

    // a static picture only the seminar uses
    Path theme = site.resolve("themes/paper/static/img/theme-logo.png");
    Files.copy(site.resolve("static/images/featured.png"), theme,
        StandardCopyOption.REPLACE_EXISTING);
    Map<String, Status> after = statuses(convert(content, out, ConvertRequest.builder()));
    assertEquals(Status.CONVERTED, after.get("seminar.md"));
    assertEquals(Status.UNCHANGED, after.get("index.md"));
    assertTrue(PlacedPictures.pdf(out.resolve("posts/seminar.pdf")).contains("320x180"));

    // touched but the same bytes: still up to date
    Files.setLastModifiedTime(theme, java.nio.file.attribute.FileTime.fromMillis(0));
    assertEquals(2, convert(content, out, ConvertRequest.builder()).count(Status.UNCHANGED));

    // the site's configuration
    Files.writeString(site.resolve("hugo.toml"), "\n# changed\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(2, convert(content, out, ConvertRequest.builder()).count(Status.CONVERTED));

    // a shortcode template the seminar uses (the theme's 'note' is used by no note)
    Files.writeString(site.resolve("layouts/shortcodes/callout.html"), "<div>{{ .Inner }}</div>");
    after = statuses(convert(content, out, ConvertRequest.builder()));
    assertEquals(Status.CONVERTED, after.get("seminar.md"));
    assertEquals(Status.UNCHANGED, after.get("index.md"));
    Files.writeString(site.resolve("themes/paper/layouts/shortcodes/note.html"), "x");
    assertEquals(2, convert(content, out, ConvertRequest.builder()).count(Status.UNCHANGED));
  }

  @Test
  void aMissingPictureThatAppearsLaterConvertsItsNoteAgain() throws IOException {
    Path site = copySite("blog", tmp);
    Path note = site.resolve("content/posts/later.md");
    Files.writeString(note, "# 後で\n\n![あとで](/images/later.png)\n");
    Path out = tmp.resolve("out");
    convert(site.resolve("content"), out, ConvertRequest.builder());
    assertEquals(List.of(), PlacedPictures.pdf(out.resolve("posts/later.pdf")));
    Files.copy(site.resolve("static/images/thumb.png"), site.resolve("static/images/later.png"));
    Map<String, Status> after = statuses(convert(site.resolve("content"), out,
        ConvertRequest.builder()));
    assertEquals(Status.CONVERTED, after.get("later.md"));
    assertEquals(List.of("64x64"), PlacedPictures.pdf(out.resolve("posts/later.pdf")));
  }

  @Test
  void symbolicLinksOutOfTheSiteAreRefused() throws IOException {
    Path site = copySite("blog", tmp);
    Path secret = tmp.resolve("secret.png");
    Files.copy(site.resolve("static/images/thumb.png"), secret);
    Files.createSymbolicLink(site.resolve("static/images/link.png"), secret);
    Path note = site.resolve("content/posts/escape.md");
    Files.writeString(note, "# 外\n\n![外](/images/link.png)\n\n![上](/../../secret.png)\n");
    Path out = tmp.resolve("out");
    BatchResult r = convert(note, out, ConvertRequest.builder());
    NoteResult n = r.notes().get(0);
    assertEquals(Status.CONVERTED, n.status());
    assertTrue(n.warnings().stream().anyMatch(w -> w.message().startsWith("refused to read")),
        n.warnings().toString());
    assertEquals(List.of(), PlacedPictures.pdf(out.resolve("escape.pdf")));
  }

  @Test
  void linksBetweenNotesPointAtTheSiblingOutputOrTheSite() throws IOException {
    Path site = copySite("blog", tmp);
    Path out = tmp.resolve("out");
    BatchResult r = convert(site.resolve("content"), out, ConvertRequest.builder());
    Path posts = out.resolve("posts");
    for (String ext : List.of("pdf", "docx", "pptx")) {
      List<String> seminar = Links.of(posts.resolve("seminar." + ext));
      // ref "trip", and the trip's permalink (/:year/:month/:slug/, the slug from its title)
      assertEquals(2, seminar.stream().filter(l -> l.equals("trip." + ext)).count(),
          ext + " " + seminar);
      // a page this run leaves out (a draft) is on the web
      assertTrue(seminar.stream().anyMatch(l -> l.startsWith("https://blog.example.jp/2019/01/")),
          ext + " " + seminar);
      List<String> trip = Links.of(posts.resolve("trip." + ext));
      assertTrue(trip.contains("seminar." + ext), ext + " " + trip);
      assertTrue(trip.stream().anyMatch(l -> l.startsWith("seminar." + ext + "#")),
          ext + " " + trip);
    }
    NoteResult seminar = r.notes().stream()
        .filter(n -> n.input().getFileName().toString().equals("seminar.md")).findFirst()
        .orElseThrow();
    assertTrue(seminar.warnings().stream()
        .anyMatch(w -> w.message().equals("link to a missing page: /posts/nothing/")),
        seminar.warnings().toString());
  }

  private static Map<String, Status> statuses(BatchResult r) {
    Map<String, Status> m = new TreeMap<>();
    r.notes().forEach(n -> m.put(n.input().getFileName().toString(), n.status()));
    return m;
  }
}
