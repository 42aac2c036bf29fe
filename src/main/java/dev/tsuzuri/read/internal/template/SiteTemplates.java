package dev.tsuzuri.read.internal.template;

import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeContext;
import dev.tsuzuri.read.ShortcodeTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A Hugo site's shortcode templates: {@code NAME.html} in the site's {@code layouts/_shortcodes/}
 * and {@code layouts/shortcodes/}, then its themes' — the first found wins, as in Hugo. Each
 * template is read and parsed once, when a note first calls it, and kept; only files whose real
 * path is inside the site's or a theme's folder are read (a symbolic link out of the site is not
 * followed), and none larger than {@value #MAX_TEMPLATE_BYTES} bytes. Thread-safe.
 */
public final class SiteTemplates implements ShortcodeTemplates {
  /** The largest template read. */
  static final int MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

  private final Path root;
  private final List<Path> dirs;
  private final List<Path> allowed;
  private final Values.Site site;
  private final UnaryOperator<String> markdownify;
  private final Map<String, Optional<Loaded>> cache = new ConcurrentHashMap<>();

  /** A template read, with its path as the site names it. */
  private record Loaded(Template template, String display) {}

  /**
   * @param root the site's folder (template paths are shown relative to it)
   * @param dirs the shortcode folders, in the order Hugo searches them
   * @param allowed the folders templates may really be in: the site's and its themes'
   * @param siteTitle the site's title ({@code .Site.Title})
   * @param siteParams the site's parameters ({@code .Site.Params})
   * @param markdownify Markdown to HTML, for {@code markdownify}
   */
  public SiteTemplates(Path root, List<Path> dirs, List<Path> allowed, String siteTitle,
      Map<String, Object> siteParams, UnaryOperator<String> markdownify) {
    this.root = root.toAbsolutePath().normalize();
    this.dirs = List.copyOf(dirs);
    List<Path> real = new ArrayList<>();
    for (Path p : allowed) {
      try {
        real.add(p.toRealPath());
      } catch (IOException e) {
        // a folder that is not there holds no template
      }
    }
    this.allowed = List.copyOf(real);
    this.site = new Values.Site(siteTitle, siteParams);
    this.markdownify = markdownify;
  }

  @Override
  public boolean defines(String name) {
    return find(name).filter(t -> t.template().unsupported().isEmpty()).isPresent();
  }

  @Override
  public Rendering render(Shortcode sc, ShortcodeContext context) {
    if (sc.name().startsWith("/")) {
      // a closing tag left alone: what its template would need, for the warning
      return find(sc.name().substring(1)).map(t -> Rendering.unsupported(t.display(),
          t.template().unsupported().isEmpty() ? "the closing tag without its opening tag"
              : t.template().unsupported())).orElse(Rendering.NO_TEMPLATE);
    }
    Optional<Loaded> loaded = find(sc.name());
    if (loaded.isEmpty()) {
      return Rendering.NO_TEMPLATE;
    }
    Loaded t = loaded.get();
    Call call = new Call(sc.name(), sc.positional(), sc.named(), sc.inner(),
        "line " + sc.line(), new Values.Page(context.pageTitle()), site);
    try {
      String out = t.template().render(call, markdownify, message -> context.warn(sc.line(),
          "shortcode '" + sc.name() + "' (" + t.display() + "): " + message));
      return Rendering.of(out, t.display());
    } catch (Unsupported e) {
      return Rendering.unsupported(t.display(), e.getMessage());
    }
  }

  private Optional<Loaded> find(String name) {
    if (!safeName(name)) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(name, this::load);
  }

  private Optional<Loaded> load(String name) {
    for (Path dir : dirs) {
      Path file;
      try {
        file = dir.resolve(name + ".html");
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String display = root.relativize(file.toAbsolutePath().normalize()).toString()
          .replace('\\', '/');
      Optional<String> text = read(file);
      if (text.isEmpty()) {
        return Optional.of(new Loaded(Template.unusable("a file outside the site, or larger"
            + " than " + MAX_TEMPLATE_BYTES + " bytes"), display));
      }
      return Optional.of(new Loaded(Template.parse(text.get()), display));
    }
    return Optional.empty();
  }

  /** The template's text, if it is really inside the site and not too large. */
  private Optional<String> read(Path file) {
    try {
      Path real = file.toRealPath();
      if (allowed.stream().noneMatch(real::startsWith)
          || Files.size(real) > MAX_TEMPLATE_BYTES) {
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(real)) {
        bytes = in.readNBytes(MAX_TEMPLATE_BYTES + 1);
      }
      if (bytes.length > MAX_TEMPLATE_BYTES) {
        return Optional.empty();
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A name made of words, dots and dashes, folders allowed, no {@code ..}. */
  private static boolean safeName(String name) {
    if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.endsWith("/")) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
          return false;
        }
      }
    }
    return true;
  }
}
