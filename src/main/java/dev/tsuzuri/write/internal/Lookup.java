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
 * tried without that prefix first.
 *
 * @param base the note's folder
 * @param staticMounts the static union for the note, possibly empty
 * @param assetMounts the assets union, possibly empty
 * @param extraRoots further folders {@code /path} is resolved against
 * @param basePath the path of the site's {@code baseURL}, "/" when none
 */
public record Lookup(Path base, List<Mount> staticMounts, List<Mount> assetMounts,
    List<Path> extraRoots, String basePath) {
  public Lookup {
    staticMounts = List.copyOf(staticMounts);
    assetMounts = List.copyOf(assetMounts);
    extraRoots = List.copyOf(extraRoots);
    basePath = basePath == null || basePath.isEmpty() ? "/" : basePath;
  }

  /**
   * The files a decoded reference may name, most likely first.
   *
   * @throws InvalidPathException when the reference is no possible file name
   */
  public List<Path> candidates(String decoded) {
    List<Path> out = new ArrayList<>();
    if (!decoded.startsWith("/") && !decoded.startsWith("\\") && !Path.of(decoded).isAbsolute()) {
      out.add(base.resolve(decoded).normalize());
      return out;
    }
    String sitePath = urlPath(decoded);
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
    String relative = sitePath.substring(1);
    for (Path r : extraRoots) {
      add(out, r.resolve(relative));
    }
    // without a site, "/images/x.png" has long meant the note's own folder
    add(out, base.resolve(relative));
    return out;
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
