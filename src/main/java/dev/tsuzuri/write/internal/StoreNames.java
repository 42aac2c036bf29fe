package dev.tsuzuri.write.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names in a file store (see {@code dev.tsuzuri.write.FileStore}): {@code scheme://authority/a/b} or {@code /a/b},
 * a prefix that is never changed and a path of {@code /}-separated segments. Resolving a
 * reference against a folder and normalising it happen here, in one pass over the segments, so
 * a long or hostile reference costs time in proportion to its length.
 */
public final class StoreNames {
  private StoreNames() {}

  /**
   * A reference resolved against a folder and normalised: empty when {@code ..} would climb
   * above the top of the store, or when the folder is not an absolute name.
   *
   * @param folder an absolute folder name ({@code gs://b/notes}, {@code /notes})
   * @param ref a relative reference ({@code img/a.png}, {@code ../x.png}) or a site-absolute one
   *     ({@code /images/a.png}), which resolves below the folder, never at the top of the store
   */
  public static Optional<String> resolve(String folder, String ref) {
    int start = pathStart(folder);
    if (start < 0) {
      return Optional.empty();
    }
    String prefix = folder.substring(0, start);
    List<String> segments = new ArrayList<>();
    if (!push(segments, folder.substring(start)) || !push(segments, ref)) {
      return Optional.empty();
    }
    return Optional.of(prefix + "/" + String.join("/", segments));
  }

  /**
   * A name normalised: {@code .} and {@code ..} resolved, repeated and trailing slashes dropped;
   * empty when it is not absolute or climbs above the top.
   */
  public static Optional<String> normalize(String name) {
    int start = pathStart(name);
    if (start < 0) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    if (!push(segments, name.substring(start))) {
      return Optional.empty();
    }
    return Optional.of(name.substring(0, start) + "/" + String.join("/", segments));
  }

  /** True when {@code name} is {@code folder} or lies below it (both normalised). */
  public static boolean within(String name, String folder) {
    if (name.equals(folder)) {
      return true;
    }
    String dir = folder.endsWith("/") ? folder : folder + "/";
    return name.startsWith(dir);
  }

  /** Where the path starts: after {@code scheme://authority}, or 0 for {@code /path}; -1 if neither. */
  private static int pathStart(String name) {
    if (name.startsWith("/")) {
      return 0;
    }
    int scheme = name.indexOf("://");
    if (scheme <= 0) {
      return -1;
    }
    for (int i = 0; i < scheme; i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return -1;
      }
    }
    int slash = name.indexOf('/', scheme + 3);
    return slash < 0 ? name.length() : slash;
  }

  /** Adds a path's segments; false when {@code ..} climbs above the top. */
  private static boolean push(List<String> segments, String path) {
    int i = 0;
    int n = path.length();
    while (i <= n) {
      int j = path.indexOf('/', i);
      if (j < 0) {
        j = n;
      }
      String s = path.substring(i, j);
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return false;
        }
        segments.remove(segments.size() - 1);
      } else if (!s.isEmpty() && !s.equals(".")) {
        segments.add(s);
      }
      i = j + 1;
    }
    return true;
  }
}
