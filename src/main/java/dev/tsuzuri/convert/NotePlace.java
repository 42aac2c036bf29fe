package dev.tsuzuri.convert;

import java.util.Locale;
import java.util.Optional;

/**
 * Where {@code tsuzuri convert} puts the outputs of a note found below an input folder: the
 * folder below the output folder that mirrors the note's, and the output name without extension.
 * {@code posts/a.md} gives {@code posts} and {@code a}; a Hugo page bundle {@code
 * posts/my-trip/index.md} gives {@code posts} and {@code my-trip}. Other front ends (a
 * distributed job) use it to name their outputs the same way.
 *
 * @param folder the folder below the output folder, {@code /}-separated; "" for the top
 * @param stem the output name without extension
 */
public record NotePlace(String folder, String stem) {
  /**
   * The place of a note from its path below the input folder, {@code /}-separated.
   *
   * @param key the note's path below its input folder, such as {@code posts/a.md}
   * @return the place, or empty when a folder search would not take the file: not a {@code .md}
   *     or {@code .markdown} file, a hidden file, or inside a hidden folder
   */
  public static Optional<NotePlace> of(String key) {
    String[] parts = key.split("/", -1);
    for (String p : parts) {
      if (p.isEmpty() || p.startsWith(".")) {
        return Optional.empty();
      }
    }
    String name = parts[parts.length - 1];
    if (!isNoteName(name)) {
      return Optional.empty();
    }
    String stem = name.substring(0, name.lastIndexOf('.'));
    int folderParts = parts.length - 1;
    if (stem.equals("index") && folderParts > 0) {
      stem = parts[folderParts - 1];
      folderParts--;
    }
    return Optional.of(new NotePlace(String.join("/",
        java.util.Arrays.asList(parts).subList(0, folderParts)), stem));
  }

  /**
   * The place of a note named directly rather than found in a folder: beside the other outputs,
   * under its own name without extension, whatever that name is ({@code notes.txt}, {@code
   * .draft.md}); {@code index.md} stays {@code index}.
   */
  public static NotePlace ofNamed(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return new NotePlace("", dot > 0 ? fileName.substring(0, dot) : fileName);
  }

  /** True for the file names of notes: {@code .md} or {@code .markdown}, not hidden. */
  public static boolean isNoteName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return (n.endsWith(".md") || n.endsWith(".markdown")) && !n.startsWith(".");
  }

  /** The place's path below the output folder, without extension: {@code posts/a}. */
  public String target() {
    return folder.isEmpty() ? stem : folder + "/" + stem;
  }
}
