package dev.tsuzuri.convert.internal;

import dev.tsuzuri.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an output folder holds, kept in {@code OUT/.tsuzuri-manifest.json}: per note its input
 * hash, whether it was a draft, and per format the options hash and the output files (relative to
 * the output folder). Thread-safe; saved atomically, so a killed run leaves the last good copy.
 */
public final class Manifest {
  /** The manifest's file name inside the output folder. */
  public static final String FILE_NAME = ".tsuzuri-manifest.json";

  private static final int VERSION = 1;

  /**
   * One note's record.
   *
   * @param input the note's hash
   * @param draft whether the note is marked as a draft (converted only with drafts asked for)
   * @param formats per format: the options hash and the outputs
   */
  public record Entry(String input, boolean draft, Map<String, Built> formats) {
    public Entry {
      formats = Map.copyOf(formats);
    }
  }

  /**
   * One format's outputs of a note.
   *
   * @param options the options hash they were built with
   * @param outputs the files, relative to the output folder, with {@code /}
   */
  public record Built(String options, List<String> outputs) {
    public Built {
      outputs = List.copyOf(outputs);
    }
  }

  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();
  private boolean dirty;
  private long lastSave;

  private Manifest(Path file) {
    this.file = file;
  }

  /** The manifest of an output folder; empty when there is none or it cannot be read. */
  public static Manifest load(Path outputFolder) {
    Manifest m = new Manifest(outputFolder.resolve(FILE_NAME));
    if (!Files.isRegularFile(m.file)) {
      return m;
    }
    try {
      Object root = Json.parse(Files.readString(m.file, StandardCharsets.UTF_8));
      if (root instanceof Map<?, ?> r && Long.valueOf(VERSION).equals(r.get("version"))
          && r.get("notes") instanceof Map<?, ?> notes) {
        notes.forEach((k, v) -> {
          Entry e = entry(v);
          if (e != null) {
            m.entries.put((String) k, e);
          }
        });
      }
    } catch (IOException | RuntimeException e) {
      // a damaged manifest only costs a full rebuild
      m.entries.clear();
    }
    return m;
  }

  private static Entry entry(Object v) {
    if (!(v instanceof Map<?, ?> m) || !(m.get("input") instanceof String input)) {
      return null;
    }
    Map<String, Built> formats = new LinkedHashMap<>();
    if (m.get("formats") instanceof Map<?, ?> fs) {
      fs.forEach((f, b) -> {
        if (b instanceof Map<?, ?> bm && bm.get("options") instanceof String opts
            && bm.get("outputs") instanceof List<?> outs) {
          formats.put((String) f, new Built(opts, outs.stream().map(String::valueOf).toList()));
        }
      });
    }
    return new Entry(input, Boolean.TRUE.equals(m.get("draft")), formats);
  }

  /** The record of a note, or null. */
  public synchronized Entry get(String key) {
    return entries.get(key);
  }

  /** Replaces the record of a note. */
  public synchronized void put(String key, Entry entry) {
    entries.put(key, entry);
    dirty = true;
  }

  /** Forgets a note. */
  public synchronized void remove(String key) {
    if (entries.remove(key) != null) {
      dirty = true;
    }
  }

  /** Saves when something changed and the last save is over a second old. */
  public synchronized void saveNowAndThen() throws IOException {
    if (dirty && System.currentTimeMillis() - lastSave > 1000) {
      save();
    }
  }

  /** Saves now if anything changed, replacing the file atomically. */
  public synchronized void save() throws IOException {
    if (!dirty) {
      return;
    }
    Map<String, Object> notes = new LinkedHashMap<>();
    entries.forEach((k, e) -> {
      Map<String, Object> formats = new LinkedHashMap<>();
      new TreeMap<>(e.formats()).forEach((f, b) -> {
        Map<String, Object> bm = new LinkedHashMap<>();
        bm.put("options", b.options());
        bm.put("outputs", new ArrayList<>(b.outputs()));
        formats.put(f, bm);
      });
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("input", e.input());
      if (e.draft()) {
        em.put("draft", true);
      }
      em.put("formats", formats);
      notes.put(k, em);
    });
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("notes", notes);
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + AtomicOutputs.TEMP_SUFFIX);
    Files.writeString(temp, Json.write(root), StandardCharsets.UTF_8);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    dirty = false;
    lastSave = System.currentTimeMillis();
  }
}
