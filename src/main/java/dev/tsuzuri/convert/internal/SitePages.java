package dev.tsuzuri.convert.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.site.Language;
import dev.tsuzuri.site.PageUrls;
import dev.tsuzuri.site.Site;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every page of a Hugo site, found below its content folders, by the names links use for it:
 * its URL and aliases ({@code /posts/x/}), its content path with and without the extension
 * ({@code posts/x.md}, {@code posts/x}; a bundle also by its folder) and its file name ({@code
 * x.md}, {@code x}, as {@code ref} finds a page by name). Only front matter is read.
 */
final class SitePages {
  private final Map<String, Path> byUrl = new HashMap<>();
  private final Map<String, Path> byContent = new HashMap<>();
  private final Map<String, List<Path>> byName = new HashMap<>();
  private final Map<Path, String> urlOf = new HashMap<>();

  private SitePages() {}

  /** Reads the front matter of every note below the site's content folders. */
  static SitePages of(Site site, NoteReader reader) {
    SitePages pages = new SitePages();
    Set<Path> dirs = new LinkedHashSet<>();
    dirs.add(site.contentDir());
    for (Language l : site.languages().values()) {
      if (l.contentDir() != null) {
        dirs.add(l.contentDir());
      }
    }
    for (Path dir : dirs) {
      for (Path f : notes(dir)) {
        Metadata meta;
        try {
          meta = reader.metadata(f, WarningSink.collecting(f.toString()));
        } catch (IOException | RuntimeException e) {
          // a note that cannot be read is converted (and reported) on its own
          continue;
        }
        pages.add(site, f.toAbsolutePath().normalize(), meta);
      }
    }
    return pages;
  }

  private void add(Site site, Path file, Metadata meta) {
    String url = PageUrls.url(site, file, meta);
    String content = PageUrls.contentPath(site, file);
    if (url == null || content == null) {
      return;
    }
    urlOf.put(file, url);
    byUrl.putIfAbsent(url, file);
    PageUrls.aliases(site, file, meta).forEach(a -> byUrl.putIfAbsent(a, file));
    String lower = content.toLowerCase(Locale.ROOT);
    String noExt = lower.replaceFirst("\\.(md|markdown)$", "");
    byContent.putIfAbsent(lower, file);
    byContent.putIfAbsent(noExt, file);
    String name = noExt.substring(noExt.lastIndexOf('/') + 1);
    if (name.equals("index") || name.equals("_index")) {
      String folder = noExt.contains("/") ? noExt.substring(0, noExt.lastIndexOf('/')) : "";
      byContent.putIfAbsent(folder, file);
      name = folder.substring(folder.lastIndexOf('/') + 1);
    }
    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
    byName.computeIfAbsent(lower.substring(lower.lastIndexOf('/') + 1),
        k -> new ArrayList<>()).add(file);
  }

  /** The page at a site path (normalised by {@link PageUrls#normalize}), or null. */
  Path atUrl(String url) {
    Path p = byUrl.get(url);
    if (p == null && !url.endsWith("/") && !url.contains(".")) {
      p = byUrl.get(url + "/");
    }
    return p;
  }

  /** The page with this content path ({@code posts/x.md}, {@code posts/x}), or null. */
  Path atContentPath(String path) {
    return byContent.get(PageUrls.trimSlashes(path).toLowerCase(Locale.ROOT));
  }

  /** The one page with this file name, or null when none or several have it. */
  Path named(String name) {
    List<Path> l = byName.get(name.toLowerCase(Locale.ROOT));
    return l != null && new LinkedHashSet<>(l).size() == 1 ? l.get(0) : null;
  }

  /** True when the file is one of the site's pages. */
  boolean isPage(Path file) {
    return urlOf.containsKey(file);
  }

  /** The URL of one of the site's pages, or null. */
  String url(Path file) {
    return urlOf.get(file);
  }

  private static List<Path> notes(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && d.getFileName().toString().startsWith(".")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && Discovery.isNoteName(f.getFileName().toString())) {
            out.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what was found stays usable
    }
    out.sort(null);
    return out;
  }
}
