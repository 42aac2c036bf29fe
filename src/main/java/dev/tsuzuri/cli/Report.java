package dev.tsuzuri.cli;

import dev.tsuzuri.json.Json;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.NoteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --report} file: a JSON object with a summary and, per note, its status, outputs,
 * warnings, error and milliseconds.
 */
final class Report {
  private Report() {}

  /** The report as JSON-ready maps and lists. */
  static Map<String, Object> of(BatchResult result) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("notes", result.notes().size());
    for (NoteResult.Status s : NoteResult.Status.values()) {
      summary.put(s.name().toLowerCase(Locale.ROOT), result.count(s));
    }
    summary.put("milliseconds", result.millis());
    List<Object> notes = new ArrayList<>();
    for (NoteResult r : result.notes()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("input", r.input().toString());
      n.put("status", r.status().name().toLowerCase(Locale.ROOT));
      n.put("outputs", r.outputs().stream().map(Path::toString).toList());
      List<Object> warnings = new ArrayList<>();
      for (Warning w : r.warnings()) {
        Map<String, Object> wm = new LinkedHashMap<>();
        wm.put("line", w.line());
        wm.put("message", w.message());
        warnings.add(wm);
      }
      n.put("warnings", warnings);
      n.put("error", r.error());
      n.put("milliseconds", r.millis());
      notes.add(n);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("summary", summary);
    root.put("notes", notes);
    return root;
  }

  /** Writes the report. */
  static void write(BatchResult result, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path temp = file.resolveSibling("." + file.getFileName() + ".tsuzuri-tmp");
      Files.writeString(temp, Json.write(of(result)), StandardCharsets.UTF_8);
      Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TsuzuriException(file.toString(), 0, "cannot write the report: " + e);
    }
  }
}
