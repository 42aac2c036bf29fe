package dev.tsuzuri.write;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.internal.DataUri;
import dev.tsuzuri.write.internal.Fetched;
import dev.tsuzuri.write.internal.StoreFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the files a note refers to (images, mostly), and only where the user allowed: the note's
 * own folder and any extra roots. Absolute paths, {@code ..} escapes and symbolic links leading
 * outside are refused with a warning. Remote images are fetched only through {@link
 * #withRemote}; {@code data:} images, needing neither files nor network, are always decoded.
 */
public final class Resources {
  /** Images larger than this many pixels are refused (decompression bombs). */
  public static final long MAX_IMAGE_PIXELS = 100_000_000L;

  /** Image files larger than this are refused. */
  public static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;

  private final Path base;
  private final List<Path> roots;
  private final WarningSink warnings;
  private final RemoteImages remote;
  /** Where files come from when the note's folder is not on this machine's disk, else null. */
  private final StoreFolders store;

  /**
   * Resources for one note.
   *
   * @param base the folder relative references resolve against (the note's folder); null for a
   *     note that has none (read from a string), which then finds no local files
   * @param extraRoots further folders the user allowed ({@code --resource-path}), besides base
   * @param warnings where refusals are reported
   */
  public Resources(Path base, List<Path> extraRoots, WarningSink warnings) {
    this.base = base == null ? null : real(base);
    List<Path> all = new ArrayList<>();
    if (this.base != null) {
      all.add(this.base);
    }
    for (Path r : extraRoots) {
      all.add(real(r));
    }
    this.roots = List.copyOf(all);
    this.warnings = warnings;
    this.remote = null;
    this.store = null;
  }

  private Resources(StoreFolders store, WarningSink warnings) {
    this.base = null;
    this.roots = List.of();
    this.warnings = warnings;
    this.remote = null;
    this.store = store;
  }

  private Resources(Resources from, RemoteImages remote) {
    this.base = from.base;
    this.roots = from.roots;
    this.warnings = from.warnings;
    this.remote = remote;
    this.store = from.store;
  }

  /**
   * Resources for a note whose folder is in a {@link FileStore} rather than on this machine's
   * disk, with the same rules: a reference resolves against the note's folder, a site-absolute
   * one ({@code /images/x.png}) below it and then below each site folder, and only files whose
   * real names lie inside an allowed folder are read.
   *
   * @param store where the files are
   * @param base the note's folder, an absolute name in the store; always allowed
   * @param extraRoots further allowed folders (the batch's input folder, resource folders, a site)
   * @param siteFolders folders site-absolute references are looked up in after the note's own (a
   *     Hugo site's static folders); read only when they lie inside an allowed folder
   * @param warnings where refusals are reported
   */
  public static Resources inStore(FileStore store, String base, List<String> extraRoots,
      List<String> siteFolders, WarningSink warnings) {
    return new Resources(StoreFolders.of(store, base, extraRoots, siteFolders), warnings);
  }

  /**
   * These resources, also fetching remote images through {@code remote} (usually {@link
   * RemoteImages#shared()}); null fetches none, as by default.
   */
  public Resources withRemote(RemoteImages remote) {
    return new Resources(this, remote);
  }

  /** Resources that find nothing local (for documents read from a string). */
  public static Resources none(WarningSink warnings) {
    return new Resources(null, List.of(), warnings);
  }

  /** True for {@code http:}, {@code https:}, {@code ftp:}, protocol-relative and {@code data:}. */
  public static boolean isRemote(String ref) {
    String r = ref.trim().toLowerCase(Locale.ROOT);
    return r.startsWith("http://") || r.startsWith("https://") || r.startsWith("//")
        || r.startsWith("ftp://") || r.startsWith("data:");
  }

  /**
   * The local file a reference names, if it exists inside an allowed folder. Otherwise a warning
   * at the given line says why, and the result is empty.
   */
  public Optional<Path> file(String ref, int line) {
    String r = ref.trim();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (isRemote(r)) {
      warnings.warn(line, "remote resource not fetched: " + r);
      return Optional.empty();
    }
    if (base == null) {
      warnings.warn(line, "no folder to find " + r + " in");
      return Optional.empty();
    }
    String decoded = stripQueryAndDecode(r);
    Path candidate;
    try {
      Path p = Path.of(decoded);
      if (p.isAbsolute() || decoded.startsWith("/")) {
        // Hugo treats "/images/x.png" as site-relative; we look for it under the note's folder
        // only, never at the file-system root
        candidate = base.resolve(decoded.replaceFirst("^/+", "")).normalize();
      } else {
        candidate = base.resolve(p).normalize();
      }
    } catch (InvalidPathException e) {
      warnings.warn(line, "not a valid file name: " + r);
      return Optional.empty();
    }
    if (!Files.exists(candidate)) {
      warnings.warn(line, "file not found: " + r);
      return Optional.empty();
    }
    Path realPath = real(candidate);
    if (roots.stream().noneMatch(realPath::startsWith)) {
      warnings.warn(line, "refused to read outside the note's folder: " + r);
      return Optional.empty();
    }
    if (!Files.isRegularFile(realPath)) {
      warnings.warn(line, "not a file: " + r);
      return Optional.empty();
    }
    return Optional.of(realPath);
  }

  /**
   * Reads an image the note refers to, checking its format and size before decoding anything.
   * Missing, refused, unreadable, unfetched or oversized images give a warning and an empty
   * result.
   */
  public Optional<ImageData> image(String ref, int line) {
    String r = ref.trim();
    if (DataUri.is(r)) {
      return fetched(DataUri.decode(r, MAX_IMAGE_BYTES), shortened(r), line);
    }
    if (isRemote(r)) {
      return remoteImage(r, line);
    }
    if (store != null) {
      return storedImage(ref, line);
    }
    Optional<Path> file = file(ref, line);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Files.size(file.get()) > MAX_IMAGE_BYTES) {
        warnings.warn(line, "image too large (over " + MAX_IMAGE_BYTES / (1024 * 1024)
            + " MB): " + ref);
        return Optional.empty();
      }
      return checked(Files.readAllBytes(file.get()), ref, line);
    } catch (IOException e) {
      warnings.warn(line, "cannot read image " + ref + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<ImageData> storedImage(String ref, int line) {
    String r = ref.trim();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    StoreFolders.Found found;
    try {
      found = store.find(stripQueryAndDecode(r));
    } catch (IOException e) {
      warnings.warn(line, "cannot read image " + ref + ": " + e.getMessage());
      return Optional.empty();
    }
    switch (found.outcome()) {
      case MISSING -> warnings.warn(line, "file not found: " + r);
      case OUTSIDE -> warnings.warn(line, "refused to read outside the note's folder: " + r);
      case TOO_LARGE -> warnings.warn(line, "image too large (over "
          + MAX_IMAGE_BYTES / (1024 * 1024) + " MB): " + ref);
      default -> {
        return checked(found.bytes(), ref, line);
      }
    }
    return Optional.empty();
  }

  private Optional<ImageData> remoteImage(String url, int line) {
    if (remote == null) {
      warnings.warn(line, "remote resource not fetched (--allow-remote fetches it): " + url);
      return Optional.empty();
    }
    if (!RemoteImages.fetchable(url)) {
      warnings.warn(line, "remote resource not fetched (only http and https are): " + url);
      return Optional.empty();
    }
    return fetched(remote.fetch(url), url, line);
  }

  private Optional<ImageData> fetched(Fetched f, String ref, int line) {
    if (!f.ok()) {
      warnings.warn(line, "image not fetched (" + f.problem() + "): " + ref);
      return Optional.empty();
    }
    return checked(f.bytes(), ref, line);
  }

  /** The same checks for every image, wherever its bytes came from. */
  private Optional<ImageData> checked(byte[] bytes, String ref, int line) {
    Optional<ImageData> img = ImageData.probe(bytes);
    if (img.isEmpty()) {
      warnings.warn(line, "unsupported or damaged image (PNG, JPEG, GIF and BMP work): " + ref);
      return Optional.empty();
    }
    if ((long) img.get().width() * img.get().height() > MAX_IMAGE_PIXELS) {
      warnings.warn(line, "image has too many pixels (" + img.get().width() + "×"
          + img.get().height() + "): " + ref);
      return Optional.empty();
    }
    return img;
  }

  /** A data: URI as a warning shows it: its start, not megabytes of base64. */
  private static String shortened(String dataUri) {
    return dataUri.length() <= 48 ? dataUri : dataUri.substring(0, 40) + "…";
  }

  private static String stripQueryAndDecode(String r) {
    int cut = r.length();
    for (char c : new char[] {'?', '#'}) {
      int i = r.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    String path = r.substring(0, cut);
    try {
      return java.net.URLDecoder.decode(path.replace("+", "%2B"),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
