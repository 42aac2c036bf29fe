package dev.tsuzuri.convert.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the notes to convert: named files as they are, folders searched recursively for
 * {@code .md} and {@code .markdown} files (hidden folders and the output folder skipped), filtered
 * by include and exclude globs, each mapped to its place under the output folder.
 */
public final class Discovery {
  private final Path output;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;
  private final List<Path> missing = new ArrayList<>();

  /**
   * @param output the output folder, never searched
   * @param include globs a note's path below its input folder must match one of (none: all)
   * @param exclude globs that leave a note out
   */
  public Discovery(Path output, List<String> include, List<String> exclude) {
    this.output = output.toAbsolutePath().normalize();
    this.include = matchers(include);
    this.exclude = matchers(exclude);
  }

  /** True for the file names of notes. */
  public static boolean isNoteName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return (n.endsWith(".md") || n.endsWith(".markdown")) && !n.startsWith(".");
  }

  /**
   * The notes under the inputs, in a stable order (by input, then path). Inputs that do not exist
   * are left out and listed by {@link #missing()}.
   */
  public List<Note> find(List<Path> inputs) throws IOException {
    List<Note> notes = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> files = new ArrayList<>();
        walk(input, files);
        files.sort(null);
        for (Path f : files) {
          String key = slashes(input.relativize(f));
          if (selected(key)) {
            notes.add(note(input, f, key, true));
          }
        }
      } else if (Files.isRegularFile(input)) {
        notes.add(note(input.toAbsolutePath().getParent(), input,
            input.getFileName().toString(), false));
      } else {
        missing.add(input);
      }
    }
    return notes;
  }

  /** The inputs that did not exist in the last {@link #find}. */
  public List<Path> missing() {
    return List.copyOf(missing);
  }

  private void walk(Path input, List<Path> files) throws IOException {
    Files.walkFileTree(input, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        boolean hidden = !dir.equals(input) && dir.getFileName().toString().startsWith(".");
        boolean isOutput = dir.toAbsolutePath().normalize().equals(output);
        return hidden || isOutput ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && isNoteName(file.getFileName().toString())) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // an unreadable corner is skipped; its notes cannot be converted anyway
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private Note note(Path root, Path file, String key, boolean inFolder) {
    Path rel = Path.of(key);
    Path parent = rel.getParent();
    String name = file.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    boolean bundle = stem.equals("index") && parent != null;
    Path outFolder = output;
    if (bundle) {
      stem = parent.getFileName().toString();
      parent = parent.getParent();
    }
    if (parent != null) {
      outFolder = output.resolve(parent);
    }
    return new Note(file, root, key, outFolder, stem, inFolder);
  }

  private boolean selected(String key) {
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
          // "**/x" should also match x at the top, as in .gitignore
          list.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
        }
      } catch (IllegalArgumentException e) {
        throw new TsuzuriException("bad glob pattern '" + g + "': " + e.getMessage());
      }
    }
    return list;
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}
