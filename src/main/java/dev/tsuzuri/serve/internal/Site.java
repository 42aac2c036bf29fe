package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.convert.internal.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one preview knows: the notes, their outputs, their summaries, the pages listening
 * for changes, and whether the settings last loaded were wrong. Shared by the request threads
 * and the thread that reacts to file changes.
 */
public final class Site {
  private final Path served;
  private final Catalog catalog = new Catalog();
  private final Builds builds;
  private final Summaries summaries;
  private final LiveReload live = new LiveReload();
  private volatile String settingsError;

  /**
   * A site for a request whose output folder exists.
   *
   * @throws IOException when the notes cannot be searched
   */
  public Site(ConvertRequest request) throws IOException {
    this.served = request.inputs().get(0);
    this.summaries = new Summaries(request.reader());
    this.builds = new Builds(request.withReader(summaries.recording(request.reader())));
    catalog.refresh(request);
  }

  /** The folder or note served, as named. */
  public Path served() {
    return served;
  }

  /** The request outputs are made with now. */
  public ConvertRequest request() {
    return builds.request();
  }

  /** New settings: every note is checked against them, and every page reloads. */
  public void reset(ConvertRequest request) throws IOException {
    summaries.reset(request.reader());
    builds.reset(request.withReader(summaries.recording(request.reader())));
    catalog.refresh(request);
    settingsError = null;
    live.changedAll();
  }

  /** Settings that could not be loaded: shown on every page until good ones are. */
  public void settingsFailed(String message) {
    settingsError = message;
    live.changedAll();
  }

  String settingsError() {
    return settingsError;
  }

  Catalog catalog() {
    return catalog;
  }

  Builds builds() {
    return builds;
  }

  LiveReload live() {
    return live;
  }

  /** The index rows, one per note, in path order. */
  List<Pages.Row> rows() {
    List<Pages.Row> rows = new ArrayList<>();
    catalog.notes().forEach((target, note) -> rows.add(new Pages.Row(target, note.file(),
        summaries.of(note, builds.last(note, "html")))));
    return rows;
  }

  /** A note's summary, with its HTML conversion. */
  Summary summary(Note note, NoteResult html) {
    return summaries.of(note, java.util.Optional.of(html));
  }

  /** The note's conversions other than HTML made so far. */
  Map<String, NoteResult> others(Note note) {
    Map<String, NoteResult> m = new LinkedHashMap<>();
    for (String f : Builds.FORMATS) {
      if (!f.equals("html")) {
        builds.last(note, f).ifPresent(r -> m.put(f, r));
      }
    }
    return m;
  }

  /** Ends the pages' event streams. */
  public void close() {
    live.close();
    builds.close();
  }

  /** The changes reactor's view: see {@link Changes}. */
  public Changes changes() {
    return new Changes(this);
  }
}
