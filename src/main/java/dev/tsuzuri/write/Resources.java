package dev.tsuzuri.write;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.site.PageUrls;
import dev.tsuzuri.site.Site;
import dev.tsuzuri.write.internal.DataUri;
import dev.tsuzuri.write.internal.Fetched;
import dev.tsuzuri.write.internal.Lookup;
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
 * own folder, its Hugo site ({@link #withSite}) and any extra roots. Every reference resolves the
 * same way, whatever names it (a Markdown image, a shortcode's {@code src}, raw {@code <img>},
 * a front-matter cover): see {@link Lookup} for the order. {@code ..} escapes and symbolic links
 * leading outside the allowed folders are refused with a warning. Remote images are fetched only
 * through {@link #withRemote}, but a URL on the site's own host is its static file; {@code data:}
 * images, needing neither files nor network, are always decoded.
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
  private final Lookup lookup;
  private final Site site;
  private final FileLog log;
  /** Where files come from when the note's folder is not on this machine's disk, else null. */
  private final StoreFolders store;

  /** Told of every local file a note's conversion looked for, found or not. */
  @FunctionalInterface
  public interface FileLog {
    /**
     * A file was looked for.
     *
     * @param file the file (real path when found)
     * @param found whether it was there
     */
    void looked(Path file, boolean found);
  }

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
    List<Path> extra = new ArrayList<>();
    for (Path r : extraRoots) {
      all.add(real(r));
      extra.add(real(r));
    }
    this.roots = List.copyOf(all);
    this.warnings = warnings;
    this.remote = null;
    this.lookup = this.base == null ? null : new Lookup(this.base, List.of(), List.of(), extra, "/");
    this.site = null;
    this.log = null;
    this.store = null;
  }

  private Resources(StoreFolders store, WarningSink warnings) {
    this.base = null;
    this.roots = List.of();
    this.warnings = warnings;
    this.remote = null;
    this.lookup = null;
    this.site = null;
    this.log = null;
    this.store = store;
  }

  private Resources(Resources from, RemoteImages remote, Lookup lookup, List<Path> roots,
      Site site, FileLog log) {
    this.base = from.base;
    this.roots = roots;
    this.warnings = from.warnings;
    this.remote = remote;
    this.lookup = lookup;
    this.site = site;
    this.log = log;
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
    return new Resources(this, remote, lookup, roots, site, log);
  }

  /**
   * These resources inside a Hugo site: the site's folder becomes an allowed root, and {@code
   * /path} resolves against its static union (the note's language's folders, the site's, the
   * themes'), then its assets, before the extra roots; a URL on the site's own host names the
   * same files. Null leaves them as they are.
   *
   * @param s the note's site, or null
   * @param note the note (its language picks its static folders)
   */
  public Resources withSite(Site s, Path note) {
    return withSite(s, note, null);
  }

  /**
   * These resources inside a Hugo site, as {@link #withSite(Site, Path)}, for a note whose front
   * matter is known: a relative reference its folder does not hold is then also looked for where
   * the browser fetches it, against the page's URL ({@code ../../images/x.png} on {@code
   * /post/trip/} is the site's {@code /images/x.png}).
   *
   * @param meta the note's metadata (its {@code url}, {@code slug}, date), or null
   */
  public Resources withSite(Site s, Path note, Metadata meta) {
    if (s == null || base == null) {
      return this;
    }
    String pageUrl = meta == null ? null : PageUrls.url(s, note, meta);
    List<Path> all = new ArrayList<>(roots);
    Path root = real(s.root());
    if (!all.contains(root)) {
      all.add(root);
    }
    Lookup l = new Lookup(base, s.staticMountsFor(note), s.assetMounts(), lookup.extraRoots(),
        s.basePath(), pageUrl);
    return new Resources(this, remote, l, List.copyOf(all), s, log);
  }

  /** These resources, telling {@code fileLog} of every local file looked for. */
  public Resources withLog(FileLog fileLog) {
    return new Resources(this, remote, lookup, roots, site, fileLog);
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
    String r = local(ref.trim());
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
    List<Path> candidates;
    try {
      candidates = lookup.candidates(decoded);
    } catch (IllegalArgumentException e) {
      warnings.warn(line, "not a valid file name: " + r);
      return Optional.empty();
    }
    Path refused = null;
    for (Path candidate : candidates) {
      if (!Files.exists(candidate)) {
        continue;
      }
      Path realPath = real(candidate);
      if (roots.stream().noneMatch(realPath::startsWith)) {
        refused = refused == null ? candidate : refused;
        continue;
      }
      if (!Files.isRegularFile(realPath)) {
        warnings.warn(line, "not a file: " + r);
        return Optional.empty();
      }
      if (log != null) {
        log.looked(realPath, true);
      }
      return Optional.of(realPath);
    }
    if (refused != null) {
      warnings.warn(line, "refused to read outside the note's folder"
          + (site != null ? " and its site" : "") + ": " + r);
      return Optional.empty();
    }
    if (log != null) {
      // a picture added later makes the note convert again
      candidates.stream().filter(c -> roots.stream().anyMatch(c::startsWith)).limit(8)
          .forEach(c -> log.looked(c, false));
    }
    warnings.warn(line, "file not found: " + r);
    return Optional.empty();
  }

  /** A URL on the site's own host as the site path it names; any other reference as it is. */
  private String local(String ref) {
    if (site == null || !isRemote(ref) || ref.regionMatches(true, 0, "data:", 0, 5)) {
      return ref;
    }
    return site.ownPath(ref).orElse(ref);
  }

  /**
   * Reads an image the note refers to, checking its format and size before decoding anything.
   * Missing, refused, unreadable, unfetched or oversized images give a warning and an empty
   * result.
   */
  public Optional<ImageData> image(String ref, int line) {
    String r = local(ref.trim());
    if (DataUri.is(r)) {
      return fetched(DataUri.decode(r, MAX_IMAGE_BYTES), shortened(r), line);
    }
    if (isRemote(r)) {
      return remoteImage(r, line);
    }
    if (store != null) {
      return storedImage(r, line);
    }
    Optional<Path> file = file(r, line);
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
