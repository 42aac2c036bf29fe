package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.internal.Discovery;
import dev.tsuzuri.convert.internal.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notes a preview serves, found the way {@code convert} finds them (hidden folders, the
 * output folder and symbolic links left out; include and exclude globs applied), each known by
 * its <em>target</em>: the path of its outputs below the output folder without extension
 * ({@code posts/a} for {@code posts/a.md} and for the bundle {@code posts/a/index.md}). Every URL
 * the server answers names a target from here; none is turned into a file path.
 */
final class Catalog {
  private volatile Map<String, Note> byTarget = Map.of();
  private volatile Path output;

  /** Finds the notes again, as the request selects them. */
  synchronized void refresh(ConvertRequest request) throws IOException {
    Path out = request.output().toAbsolutePath().normalize();
    Discovery discovery = new Discovery(out, request.include(), request.exclude());
    Map<String, Note> found = new LinkedHashMap<>();
    for (Note n : discovery.find(request.inputs())) {
      // two notes with one target collide in convert too; the first keeps it
      found.putIfAbsent(target(out, n), n);
    }
    output = out;
    byTarget = found;
  }

  /** The notes, by target, in discovery order (by path). */
  Map<String, Note> notes() {
    return byTarget;
  }

  /** The note of a target. */
  Optional<Note> note(String target) {
    return Optional.ofNullable(byTarget.get(target));
  }

  /** The target of a note of this catalog. */
  String target(Note note) {
    return target(output, note);
  }

  /**
   * The notes an output path may belong to: {@code posts/a.pdf}, {@code posts/a-contact.png}
   * and {@code posts/a/slide-01.png} belong to {@code posts/a}. Longest target first.
   */
  List<Note> owners(String outputPath) {
    List<String> matches = new ArrayList<>();
    for (String t : byTarget.keySet()) {
      if (outputPath.startsWith(t + ".") || outputPath.startsWith(t + "/")
          || outputPath.equals(t + "-contact.png")) {
        matches.add(t);
      }
    }
    matches.sort((a, b) -> b.length() - a.length());
    return matches.stream().map(byTarget::get).toList();
  }

  /** The note whose file this is, if any. */
  Optional<Note> byFile(Path file) {
    Path f = file.toAbsolutePath().normalize();
    return byTarget.values().stream()
        .filter(n -> n.file().toAbsolutePath().normalize().equals(f)).findFirst();
  }

  private static String target(Path output, Note note) {
    return output.relativize(note.target().toAbsolutePath().normalize()).toString()
        .replace(note.target().getFileSystem().getSeparator(), "/");
  }
}
