package dev.tsuzuri.write;

import dev.tsuzuri.write.internal.StoreNames;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folders of one note in a {@link FileStore}: its own folder, the folders it may read from,
 * and the site folders site-absolute references are looked up in. Finds a reference's file, or
 * says why there is none; what to tell the user stays with {@link Resources}.
 */
final class StoreFolders {
  private final FileStore store;
  private final String base;
  private final List<String> roots;
  private final List<String> siteFolders;

  /** What looking a reference up gave. */
  enum Outcome {
    /** Read: the bytes are there. */
    FOUND,
    /** No file under any name the reference may mean. */
    MISSING,
    /** The file is outside every allowed folder (or the reference climbs above the store). */
    OUTSIDE,
    /** Larger than {@link Resources#MAX_IMAGE_BYTES}. */
    TOO_LARGE
  }

  /**
   * @param outcome what happened
   * @param bytes the file's bytes when found, else null
   */
  record Found(Outcome outcome, byte[] bytes) {}

  private StoreFolders(FileStore store, String base, List<String> roots,
      List<String> siteFolders) {
    this.store = store;
    this.base = base;
    this.roots = roots;
    this.siteFolders = siteFolders;
  }

  /**
   * The folders of a note; the allowed ones by their real names.
   *
   * @throws IllegalArgumentException when a folder is not an absolute name
   */
  static StoreFolders of(FileStore store, String base, List<String> extraRoots,
      List<String> siteFolders) {
    String b = absolute(base);
    List<String> roots = new ArrayList<>();
    List<String> sites = new ArrayList<>();
    roots.add(real(store, b));
    for (String r : extraRoots) {
      roots.add(real(store, absolute(r)));
    }
    siteFolders.forEach(s -> sites.add(absolute(s)));
    return new StoreFolders(store, b, List.copyOf(roots), List.copyOf(sites));
  }

  /**
   * Finds and reads the file a decoded reference names: below the note's folder, and for a
   * site-absolute reference ({@code /x.png}) then below each site folder.
   *
   * @throws IOException when the store fails while reading
   */
  Found find(String ref) throws IOException {
    List<String> folders = new ArrayList<>();
    folders.add(base);
    if (ref.startsWith("/")) {
      folders.addAll(siteFolders);
    }
    boolean outside = false;
    for (String folder : folders) {
      Optional<String> name = StoreNames.resolve(folder, ref);
      if (name.isEmpty()) {
        outside = true;
        continue;
      }
      String real = store.realName(name.get());
      long size = store.size(real);
      if (size < 0) {
        continue;
      }
      if (roots.stream().noneMatch(root -> StoreNames.within(real, root))) {
        return new Found(Outcome.OUTSIDE, null);
      }
      if (size > Resources.MAX_IMAGE_BYTES) {
        return new Found(Outcome.TOO_LARGE, null);
      }
      try (InputStream in = store.open(real)) {
        byte[] bytes = in.readNBytes((int) Resources.MAX_IMAGE_BYTES + 1);
        if (bytes.length > Resources.MAX_IMAGE_BYTES) {
          return new Found(Outcome.TOO_LARGE, null);
        }
        return new Found(Outcome.FOUND, bytes);
      }
    }
    return new Found(outside ? Outcome.OUTSIDE : Outcome.MISSING, null);
  }

  /** A folder's real name; a folder the store cannot tell about allows only its own name. */
  private static String real(FileStore store, String name) {
    try {
      String real = store.realName(name);
      return StoreNames.normalize(real == null ? name : real).orElse(name);
    } catch (IOException e) {
      return name;
    }
  }

  private static String absolute(String name) {
    return StoreNames.normalize(name).orElseThrow(
        () -> new IllegalArgumentException("not an absolute name: " + name));
  }
}
