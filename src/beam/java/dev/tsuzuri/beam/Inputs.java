package dev.tsuzuri.beam;

import dev.tsuzuri.convert.NotePlace;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code --input} names, on any Beam file system: a folder (every note below it, its tree
 * mirrored under the output prefix, as {@code tsuzuri convert DIR} does), a glob (the same, below
 * the folder the glob starts in), or one note.
 *
 * @param pattern the file pattern Beam matches
 * @param root the folder note paths are taken relative to, without a trailing slash
 * @param folder true for a folder or glob, false for one note named directly
 */
record Inputs(String pattern, String root, boolean folder) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The inputs an {@code --input} value names. */
  static Inputs of(String input) {
    String name = absolute(input);
    int glob = firstGlob(name);
    if (glob >= 0) {
      int slash = name.lastIndexOf('/', glob);
      return new Inputs(name, slash <= 0 ? "" : name.substring(0, slash), true);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      int slash = name.lastIndexOf('/');
      return new Inputs(name, slash <= 0 ? "" : name.substring(0, slash), false);
    }
    return new Inputs(name + "/**", name, true);
  }

  /**
   * A name made absolute: a local path against the working folder ({@code notes} →
   * {@code /home/me/notes}), a {@code scheme://} name as it is; without a trailing slash.
   */
  static String absolute(String name) {
    String n = name.trim();
    if (n.contains("://") && !n.startsWith("file://")) {
      return n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
    }
    if (n.startsWith("file://")) {
      n = n.substring("file://".length());
    }
    return Path.of(n).toAbsolutePath().normalize().toString();
  }

  /** The input folder on this machine (where {@code tsuzuri.yaml} is searched from), or null. */
  Path localFolder() {
    return root.contains("://") || root.isEmpty() ? null : Path.of(root);
  }

  /** True for a local folder or note (not a glob) that does not exist. */
  boolean missingLocally() {
    if (localFolder() == null && !pattern.startsWith("/")) {
      return false;
    }
    if (!folder) {
      return !java.nio.file.Files.isRegularFile(Path.of(pattern));
    }
    return pattern.equals(root + "/**") && !java.nio.file.Files.isDirectory(Path.of(root));
  }

  /**
   * A matched file's path below the root, {@code /}-separated ({@code posts/a.md}), or null when
   * it is not below the root.
   */
  String key(String file) {
    String prefix = root + "/";
    return file.startsWith(prefix) ? file.substring(prefix.length()) : null;
  }

  /**
   * Where a matched note's outputs go, as {@code tsuzuri convert} places them: mirrored below
   * the root for a folder or glob; for a note named directly, its own name whatever it is.
   * Empty for a file a folder search does not take (not a note, or hidden).
   */
  Optional<NotePlace> place(String file) {
    if (!folder) {
      return Optional.of(NotePlace.ofNamed(file.substring(file.lastIndexOf('/') + 1)));
    }
    String key = key(file);
    return key == null ? Optional.empty() : NotePlace.of(key);
  }

  private static int firstGlob(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
