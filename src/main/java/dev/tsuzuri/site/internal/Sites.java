package dev.tsuzuri.site.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads Hugo sites. A note's site is the nearest folder at or above the note's that
 * holds {@code hugo.toml|yaml|yml|json}, {@code config.toml|yaml|yml|json} or {@code
 * config/_default/}. One instance caches what it found and read, for a batch: thread-safe, each
 * site read once.
 */
public final class Sites {
  /** Configuration files larger than this are not read (no real site comes near it). */
  public static final long MAX_CONFIG_BYTES = 4L * 1024 * 1024;

  private final Path fixedRoot;
  private final boolean lookup;
  private final Map<Path, Optional<Path>> rootOf = new ConcurrentHashMap<>();
  private final Map<Path, Site> loaded = new ConcurrentHashMap<>();

  private Sites(Path fixedRoot, boolean lookup) {
    this.fixedRoot = fixedRoot == null ? null : fixedRoot.toAbsolutePath().normalize();
    this.lookup = lookup;
  }

  /** Sites found by walking up from each note. */
  public static Sites lookingUp() {
    return new Sites(null, true);
  }

  /** Every note belongs to the site at {@code root} ({@code --site DIR}). */
  public static Sites fixed(Path root) {
    return new Sites(root, false);
  }

  /** No note belongs to a site ({@code --no-site}). */
  public static Sites none() {
    return new Sites(null, false);
  }

  /**
   * The site of a note, read on first use; empty when it belongs to none. Problems with the
   * configuration go, once per site, to the warnings of the note that read it first.
   */
  public Optional<Site> forNote(Path note, WarningSink warnings) {
    Optional<Path> root;
    if (fixedRoot != null) {
      root = Optional.of(fixedRoot);
    } else if (!lookup) {
      return Optional.empty();
    } else {
      Path folder = note.toAbsolutePath().normalize().getParent();
      root = folder == null ? Optional.empty() : rootOf.computeIfAbsent(folder, Sites::findRoot);
    }
    return root.map(r -> loaded.computeIfAbsent(r, x -> load(x, warnings)));
  }

  /** The nearest site root at or above a folder. */
  public static Optional<Path> findRoot(Path folder) {
    for (Path d = folder.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (ConfigFiles.isSiteRoot(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a site's configuration. Never fails: a file that cannot be read or parsed is left out
   * with a warning naming it (and its line), and Hugo's defaults stand in for what it would have
   * said.
   */
  public static Site load(Path root, WarningSink warnings) {
    Path r = root.toAbsolutePath().normalize();
    ConfigTree tree = new ConfigTree();
    List<Path> files = new ArrayList<>();
    List<ConfigFiles.ConfigFile> found;
    try {
      found = ConfigFiles.find(r);
    } catch (IOException e) {
      warnings.warn("site configuration of " + r + " not readable: " + e.getMessage());
      found = List.of();
    }
    for (ConfigFiles.ConfigFile f : found) {
      files.add(f.file());
      String name = f.file().getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      try {
        if (Files.size(f.file()) > MAX_CONFIG_BYTES) {
          warnings.warn("site configuration " + f.file() + " is larger than "
              + MAX_CONFIG_BYTES / (1024 * 1024) + " MB; not read");
          continue;
        }
        String text = decode(Files.readAllBytes(f.file()));
        tree.merge(f.prefix(), ConfigParser.parse(text, ext));
      } catch (ConfigParser.BadConfig e) {
        warnings.warn("site configuration " + f.file() + (e.line > 0 ? ":" + e.line : "")
            + " is broken and was left out: " + e.getMessage());
      } catch (IOException e) {
        warnings.warn("site configuration " + f.file() + " not readable: " + e.getMessage());
      }
    }
    return SiteBuilder.build(r, tree.map(), files,
        m -> warnings.warn("site configuration of " + r + ": " + m));
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return StandardCharsets.UTF_8.newDecoder()
        .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
  }
}
