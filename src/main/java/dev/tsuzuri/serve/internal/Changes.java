package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.internal.Discovery;
import dev.tsuzuri.convert.internal.Note;
import dev.tsuzuri.convert.run.TreeWatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a batch of file changes means for the pages: an edited note, a file inside a page bundle,
 * or a picture that a note names makes that note convert again on its next request and its open
 * pages reload; a note or folder that appears or goes away changes the index.
 */
public final class Changes {
  private final Site site;

  Changes(Site site) {
    this.site = site;
  }

  /**
   * Takes in a batch of changes to notes and the files beside them (settings files are the
   * server's business).
   *
   * @throws IOException when the notes cannot be searched again
   */
  public void apply(TreeWatcher.Changes batch) throws IOException {
    Catalog catalog = site.catalog();
    if (batch.overflow()) {
      catalog.refresh(site.request());
      catalog.notes().values().forEach(site.builds()::invalidate);
      site.live().changedAll();
      return;
    }
    boolean structure = false;
    Set<Note> affected = new LinkedHashSet<>();
    Set<Path> others = new LinkedHashSet<>();
    for (Path p : batch.paths()) {
      var note = catalog.byFile(p);
      if (note.isPresent()) {
        affected.add(note.get());
        structure |= !Files.exists(p);
      } else if (Discovery.isNoteName(p.getFileName().toString()) || Files.isDirectory(p)
          || !Files.exists(p)) {
        structure = true;
        others.add(p);
      } else {
        others.add(p);
      }
    }
    if (structure) {
      catalog.refresh(site.request());
    }
    Set<Note> users = others.isEmpty() ? Set.of() : users(catalog.notes().values(), others);
    affected.addAll(users);
    for (Note n : affected) {
      if (users.contains(n)) {
        // the fingerprint sees an edited note, but not a picture it names
        site.builds().invalidate(n);
      }
      site.live().changed(catalog.target(n));
    }
    if (structure || !affected.isEmpty()) {
      site.live().changed("");
    }
  }

  /**
   * The notes that may use one of the files: page bundles holding one, and notes whose text
   * names one (by file name, as written or percent-encoded). A note named wrongly converts
   * once more than needed; a note that uses a file always names it.
   */
  static Set<Note> users(Collection<Note> notes, Set<Path> files) {
    Set<Note> users = new LinkedHashSet<>();
    for (Note n : notes) {
      Path folder = n.folder().toAbsolutePath().normalize();
      String text = null;
      for (Path f : files) {
        Path file = f.toAbsolutePath().normalize();
        if (n.isBundle() && file.startsWith(folder)) {
          users.add(n);
          break;
        }
        if (text == null) {
          text = textOf(n);
        }
        String name = file.getFileName().toString();
        if (text.contains(name) || text.contains(RequestPath.encode(name))) {
          users.add(n);
          break;
        }
      }
    }
    return users;
  }

  private static String textOf(Note n) {
    try {
      return new String(Files.readAllBytes(n.file()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
