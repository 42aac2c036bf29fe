package dev.tsuzuri.write.internal;

import dev.tsuzuri.site.Mount;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a local reference may be, in the order Hugo would serve it: a relative path from the
 * note's folder (a page bundle's resources sit there); a site-absolute path ({@code /images/x.png})
 * from the static union (the language's folders, the site's, then the themes'), then the assets
 * union, then each extra folder ({@code --resource-path}), then the note's folder. A path under
 * the {@code baseURL}'s own path ({@code /blog/images/x.png} on {@code https://host/blog/}) is
 * tried without that prefix first. A relative reference the note's folder does not hold is looked
 * for where a browser would fetch it, against the page's URL: {@code ../../images/x.png} on the
 * page {@code /post/trip/} is {@code /images/x.png}, served from the static union.
 *
 * @param base the note's folder
 * @param staticMounts the static union for the note, possibly empty
 * @param assetMounts the assets union, possibly empty
 * @param extraRoots further folders {@code /path} is resolved against
 * @param basePath the path of the site's {@code baseURL}, "/" when none
 * @param pageUrl the URL path the site publishes the note at ({@code /post/trip/}), or null
 */
public record Lookup(Path base, List<Mount> staticMounts, List<Mount> assetMounts,
    List<Path> extraRoots, String basePath, String pageUrl) {
  public Lookup {
    staticMounts = List.copyOf(staticMounts);
    assetMounts = List.copyOf(assetMounts);
    extraRoots = List.copyOf(extraRoots);
    basePath = basePath == null || basePath.isEmpty() ? "/" : basePath;
    pageUrl = pageUrl == null || !pageUrl.startsWith("/") ? null : folderOf(pageUrl);
  }

  /** A lookup for a note whose page URL is not known. */
  public Lookup(Path base, List<Mount> staticMounts, List<Mount> assetMounts,
      List<Path> extraRoots, String basePath) {
    this(base, staticMounts, assetMounts, extraRoots, basePath, null);
  }

  /**
   * The files a decoded reference may name, most likely first.
   *
   * @throws InvalidPathException when the reference is no possible file name
   */
  public List<Path> candidates(String decoded) {
    List<Path> out = new ArrayList<>();
    if (!decoded.startsWith("/") && !decoded.startsWith("\\") && !Path.of(decoded).isAbsolute()) {
      out.add(resolveRelative(base, decoded));
      if (pageUrl != null) {
        addServed(out, urlPath(pageUrl + decoded));
      }
      return out;
    }
    String sitePath = urlPath(decoded);
    addServed(out, sitePath);
    String relative = sitePath.substring(1);
    for (Path r : extraRoots) {
      add(out, r.resolve(relative));
    }
    // without a site, "/images/x.png" has long meant the note's own folder
    add(out, base.resolve(relative));
    return out;
  }

  /** The folder a browser resolves relative references in: {@code /a/b.html} → {@code /a/}. */
  private static String folderOf(String url) {
    if (url.endsWith("/")) {
      return url;
    }
    String last = url.substring(url.lastIndexOf('/') + 1);
    return last.contains(".") ? url.substring(0, url.lastIndexOf('/') + 1) : url + "/";
  }

  /**
   * A relative reference resolved against a folder, as {@code resolve(..).normalize()} gives it
   * but in linear time: the JDK's normalisation is quadratic in the number of {@code ..}
   * segments, and a hostile note may hold hundreds of thousands of them.
   */
  static Path resolveRelative(Path folder, String relative) {
    Path dir = folder.normalize();
    if (!dir.isAbsolute()) {
      return dir.resolve(relative).normalize();
    }
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (Path name : dir) {
      segments.addLast(name.toString());
    }
    String separator = dir.getFileSystem().getSeparator();
    // on Windows a backslash separates names too, as resolve() reads it
    String splitter = separator.equals("\\") ? "[/\\\\]" : "/";
    for (String part : relative.split(splitter, -1)) {
      if (part.equals("..")) {
        segments.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        segments.addLast(part);
      }
    }
    return dir.getRoot().resolve(String.join(separator, segments));
  }

  /** Adds the files the site serves at a URL path: its static union, then its assets. */
  private void addServed(List<Path> out, String sitePath) {
    List<String> paths = new ArrayList<>();
    if (!basePath.equals("/") && sitePath.startsWith(basePath)) {
      paths.add(sitePath.substring(basePath.length() - 1));
    }
    paths.add(sitePath);
    for (String p : paths) {
      for (Mount m : staticMounts) {
        add(out, m.resolve(p));
      }
      for (Mount m : assetMounts) {
        add(out, m.resolve(p));
      }
    }
  }

  /**
   * A site-absolute path with its {@code .} and {@code ..} segments resolved as a browser does:
   * {@code /../x} is {@code /x}, so it never leaves the site. Backslashes count as slashes.
   */
  static String urlPath(String decoded) {
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    String[] parts = decoded.replace('\\', '/').split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals("..")) {
        segments.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        segments.addLast(part);
      }
    }
    return "/" + String.join("/", segments);
  }

  private static void add(List<Path> out, Path p) {
    if (p != null) {
      Path n = p.normalize();
      if (!out.contains(n)) {
        out.add(n);
      }
    }
  }
}
