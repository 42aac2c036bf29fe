package dev.tsuzuri.convert.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.site.Mount;
import dev.tsuzuri.site.PageUrls;
import dev.tsuzuri.site.Site;
import dev.tsuzuri.write.LinkResolver;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Links between the notes of one run. A link to another note — a Markdown file ({@code
 * ../x.md}), a {@code ref}/{@code relref} target ({@code posts/x.md}, {@code x}), a site path
 * ({@code /posts/x/}, {@code ../x/}, a {@code permalinks} URL, a {@code slug}, {@code url} or
 * {@code aliases} path) — becomes the relative address of that note's output in the format being
 * written; a page of the site that this run does not convert becomes {@code baseURL} + its path;
 * a page that does not exist is a warning. The site's pages are indexed on the first link that
 * needs them, once per run.
 */
final class RunLinks {
  private final NoteReader reader;
  private final BiPredicate<Metadata, Site> published;
  private final Map<Path, Note> byFile = new HashMap<>();
  private final Map<Path, SitePages> pages = new ConcurrentHashMap<>();
  private final Map<Path, Boolean> written = new ConcurrentHashMap<>();

  /**
   * @param notes the run's notes
   * @param reader reads the front matter of linked notes
   * @param published whether a note with this metadata (in this site, or null) is written in
   *     this run, by Hugo's publishing rules
   */
  RunLinks(List<Note> notes, NoteReader reader, BiPredicate<Metadata, Site> published) {
    this.reader = reader;
    this.published = published;
    for (Note n : notes) {
      byFile.putIfAbsent(n.file().toAbsolutePath().normalize(), n);
    }
  }

  /** The resolver for one note's outputs; a missing page is reported to its warnings. */
  LinkResolver forNote(Note note, Site site, WarningSink warnings) {
    return (link, extension) -> resolve(note, site, warnings, link, extension);
  }

  private Optional<String> resolve(Note note, Site site, WarningSink warnings, String link,
      String extension) {
    int hash = link.indexOf('#');
    String fragment = hash < 0 ? "" : link.substring(hash);
    String path = decode((hash < 0 ? link : link.substring(0, hash)).replaceFirst("[?].*$", ""));
    if (path.isEmpty()) {
      return Optional.empty();
    }
    boolean page = path.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)");
    Path target = fileTarget(note, path, page);
    SitePages sitePages = site == null ? null
        : pages.computeIfAbsent(site.root(), r -> SitePages.of(site, reader));
    if (sitePages != null && (target == null || !sitePages.isPage(target))) {
      Path found = siteTarget(note, site, sitePages, path);
      target = found != null ? found : target;
    }
    if (target != null && byFile.containsKey(target) && written(target, site)) {
      return Optional.of(relative(note, byFile.get(target), extension) + fragment);
    }
    if (target != null && sitePages != null && sitePages.isPage(target)
        && !site.baseUrl().isBlank()) {
      return Optional.of(web(site, sitePages.url(target)) + fragment);
    }
    if (page && (target == null || !Files.isRegularFile(target))) {
      warnings.warn("link to a missing page: " + link);
      return Optional.empty();
    }
    if (site != null && path.startsWith("/") && !site.baseUrl().isBlank()) {
      if (!staticFile(site, path) && !path.contains(".")) {
        warnings.warn("link to a missing page: " + link);
      }
      return Optional.of(web(site, path) + fragment);
    }
    return Optional.empty();
  }

  /** True when a note of the run gets outputs: Hugo would publish it. */
  private boolean written(Path file, Site site) {
    return written.computeIfAbsent(file, f -> {
      try {
        return published.test(reader.metadata(f, WarningSink.collecting(f.toString())), site);
      } catch (java.io.IOException | RuntimeException e) {
        return false;
      }
    });
  }

  /** A Markdown file named relative to the note's folder, if the link names one. */
  private static Path fileTarget(Note note, String path, boolean page) {
    if (!page || path.startsWith("/")) {
      return null;
    }
    try {
      return note.folder().resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The site page a link names, in the ways Hugo's links and {@code ref} name pages. */
  private static Path siteTarget(Note note, Site site, SitePages pages, String path) {
    Path self = note.file().toAbsolutePath().normalize();
    if (path.startsWith("/")) {
      String p = path;
      String base = site.basePath();
      if (!base.equals("/") && PageUrls.normalize(p).startsWith(base.toLowerCase(Locale.ROOT))) {
        p = p.substring(Math.min(p.length(), base.length() - 1));
      }
      Path t = pages.atUrl(PageUrls.normalize(p));
      return t != null ? t : pages.atContentPath(p);
    }
    String own = pages.url(self);
    if (own != null) {
      // relative to the page's URL, as a browser reads it ("../other/")
      Path t = pages.atUrl(PageUrls.normalize(own + path));
      if (t != null) {
        return t;
      }
    }
    String content = PageUrls.contentPath(site, self);
    if (content != null) {
      String dir = content.contains("/") ? content.substring(0, content.lastIndexOf('/') + 1)
          : "";
      Path t = pages.atContentPath(PageUrls.normalize("/" + dir + path));
      if (t != null) {
        return t;
      }
    }
    return path.contains("/") ? pages.atContentPath(path) : pages.named(path);
  }

  private static boolean staticFile(Site site, String path) {
    for (Mount m : site.staticMounts()) {
      Path f = m.resolve(path);
      if (f != null && Files.isRegularFile(f)) {
        return true;
      }
    }
    return false;
  }

  /** The relative address of another note's output from this note's output folder. */
  private static String relative(Note from, Note to, String extension) {
    Path target = to.outFolder().resolve(to.stem() + "." + extension);
    return from.outFolder().relativize(target).toString().replace('\\', '/');
  }

  private static String web(Site site, String path) {
    String base = site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/";
    String p = PageUrls.trimSlashes(path);
    String basePath = PageUrls.trimSlashes(site.basePath());
    if (!basePath.isEmpty() && (p + "/").startsWith(basePath + "/")) {
      p = PageUrls.trimSlashes(p.substring(basePath.length()));
    }
    boolean folder = path.endsWith("/") || p.isEmpty();
    return base + p + (folder && !p.isEmpty() ? "/" : "");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
