package dev.tsuzuri.convert.internal;

import dev.tsuzuri.convert.NoteFilter;
import dev.tsuzuri.convert.NotePlace;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the notes to convert: named files as they are, folders searched recursively for
 * {@code .md} and {@code .markdown} files (hidden folders and the output folder skipped), filtered
 * by include and exclude globs, each mapped to its place under the output folder.
 */
public final class Discovery {
  private final Path output;
  private final NoteFilter filter;
  private final List<Path> missing = new ArrayList<>();

  /**
   * @param output the output folder, never searched
   * @param include globs a note's path below its input folder must match one of (none: all)
   * @param exclude globs that leave a note out
   */
  public Discovery(Path output, List<String> include, List<String> exclude) {
    this.output = output.toAbsolutePath().normalize();
    this.filter = new NoteFilter(include, exclude);
  }

  /** True for the file names of notes. */
  public static boolean isNoteName(String name) {
    return NotePlace.isNoteName(name);
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
          if (filter.selected(key)) {
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
    NotePlace place = inFolder ? NotePlace.of(key).orElseThrow()
        : NotePlace.ofNamed(file.getFileName().toString());
    Path outFolder = place.folder().isEmpty() ? output : output.resolve(place.folder());
    return new Note(file, root, key, outFolder, place.stem(), inFolder);
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}
