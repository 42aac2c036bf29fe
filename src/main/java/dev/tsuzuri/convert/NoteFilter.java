package dev.tsuzuri.convert;

import dev.tsuzuri.diag.TsuzuriException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which notes below an input folder are converted: {@code --include} and {@code --exclude} globs
 * matched against a note's path below the folder ({@code posts/**}) and, for a glob without
 * {@code /}, against its file name anywhere; {@code **}{@code /x} also matches {@code x} at the
 * top, as in {@code .gitignore}.
 */
public final class NoteFilter {
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;

  /**
   * @param include globs a note's path must match one of (none: every note)
   * @param exclude globs that leave a note out
   * @throws TsuzuriException naming a malformed glob
   */
  public NoteFilter(List<String> include, List<String> exclude) {
    this.include = matchers(include);
    this.exclude = matchers(exclude);
  }

  /** True when the note at this path below its input folder ({@code /}-separated) is taken. */
  public boolean selected(String key) {
    if (!include.isEmpty() && include.stream().noneMatch(m -> matches(m, key))) {
      return false;
    }
    return exclude.stream().noneMatch(m -> matches(m, key));
  }

  private static boolean matches(PathMatcher m, String key) {
    Path p = Path.of(key);
    return m.matches(p) || m.matches(p.getFileName());
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> list = new ArrayList<>();
    for (String g : globs) {
      try {
        list.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        if (g.startsWith("**/")) {
          list.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
        }
      } catch (IllegalArgumentException e) {
        throw new TsuzuriException("bad glob pattern '" + g + "': " + e.getMessage());
      }
    }
    return list;
  }
}
