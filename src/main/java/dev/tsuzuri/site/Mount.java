package dev.tsuzuri.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One folder of a Hugo component's union file system (static files or assets): the site's own
 * {@code static/}, a theme's, or a {@code module.mounts} entry.
 *
 * @param source the folder on disk
 * @param target where its files appear inside the component, with {@code /} and no leading or
 *     trailing slash; "" for the component's top ({@code static/images} mounted at {@code images}
 *     serves {@code /images/x.png} from {@code source/x.png})
 */
public record Mount(Path source, String target) {
  public Mount {
    Objects.requireNonNull(source, "source");
    target = target == null ? "" : PageUrls.trimSlashes(target);
  }

  /** A folder at the component's top. */
  public static Mount of(Path source) {
    return new Mount(source, "");
  }

  /**
   * The file a site path names in this mount ("images/x.png" without a leading slash), or null
   * when the path lies outside the mount's target.
   */
  public Path resolve(String sitePath) {
    String p = sitePath.replaceFirst("^/+", "");
    if (target.isEmpty()) {
      return source.resolve(p);
    }
    if (p.equals(target)) {
      return source;
    }
    if (p.startsWith(target + "/")) {
      return source.resolve(p.substring(target.length() + 1));
    }
    return null;
  }
}
