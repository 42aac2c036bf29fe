package dev.tsuzuri.cli;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.InvalidOptionException;
import dev.tsuzuri.write.SettingValues;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.Writers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one {@code convert} run: each from the command line if given there, else from
 * {@code tsuzuri.yaml}, else the default; checked and turned into a {@link ConvertRequest}.
 */
final class Settings {
  private final ConvertCommand cli;
  private final ProjectConfig config;

  /**
   * @param cli the parsed command line
   * @param config the project config, or null
   */
  Settings(ConvertCommand cli, ProjectConfig config) {
    this.cli = cli;
    this.config = config;
  }

  /**
   * The request.
   *
   * @throws UsageException when a value is not allowed, a format unknown or a file missing
   */
  ConvertRequest request(NoteReader reader) {
    ConvertRequest.Builder b = ConvertRequest.builder().inputs(cli.inputs).reader(reader);
    List<String> formats = formats();
    for (String f : formats) {
      try {
        Writers.forFormat(f);
      } catch (TsuzuriException e) {
        throw new UsageException(e.getMessage());
      }
    }
    b.formats(formats);
    b.output(pick(cli.output, c -> c.path("output"), cli.invocation.resolve(Path.of("out"))));
    b.options(options());
    pick(cli.resourcePath, c -> c.paths("resource-path"), List.<Path>of()).forEach(p -> {
      if (!Files.isDirectory(p)) {
        throw new UsageException("--resource-path: no such folder: " + p);
      }
      b.resourceRoot(p);
    });
    b.allowRemote(pick(cli.allowRemote, c -> c.bool("allow-remote"), false));
    b.drafts(pick(cli.drafts, c -> c.bool("drafts"), false));
    b.future(pick(cli.future, c -> c.bool("future"), false));
    b.expired(pick(cli.expired, c -> c.bool("expired"), false));
    site(b);
    b.force(cli.force);
    int jobs = pick(cli.jobs, c -> c.integer("jobs"), Runtime.getRuntime().availableProcessors());
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1: " + jobs);
    }
    b.jobs(jobs);
    pick(cli.include, c -> c.strings("include"), List.<String>of()).forEach(b::include);
    pick(cli.exclude, c -> c.strings("exclude"), List.<String>of()).forEach(b::exclude);
    return b.build();
  }

  /**
   * The Hugo site: {@code --no-site}, else {@code --site DIR}, else {@code site:} in the project
   * config (a folder, or {@code false} for none), else each note's own, found by walking up.
   */
  private void site(ConvertRequest.Builder b) {
    if (cli.noSite) {
      if (cli.site != null) {
        throw new UsageException("--site and --no-site: give one of them");
      }
      b.siteLookup(false);
      return;
    }
    Path dir = cli.site;
    if (dir == null && config != null) {
      Object v = config.values().get("site");
      if (v instanceof Boolean on) {
        b.siteLookup(on);
        return;
      }
      dir = config.path("site");
    }
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException("--site: no such folder: " + dir);
      }
      b.site(dir);
    }
  }

  /**
   * How notes are read: the encoding, if one was given, the limits, and the shortcode mappings
   * of the project config.
   */
  ReadOptions readOptions() {
    String encoding = pick(cli.encoding, c -> c.string("encoding"), null);
    ReadOptions o = ReadOptions.defaults();
    if (config != null) {
      dev.tsuzuri.read.ShortcodeRegistry registry = o.shortcodes();
      for (dev.tsuzuri.read.ShortcodeMapping m : config.shortcodes()) {
        registry = registry.with(m);
      }
      o = o.withShortcodes(registry);
    }
    if (encoding != null) {
      try {
        o = o.withCharset(java.nio.charset.Charset.forName(encoding.trim()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--encoding: unknown encoding '" + encoding + "' (try UTF-8, "
            + "Shift_JIS, EUC-JP, UTF-16)");
      }
    }
    return ReadSettings.withLimits(cli, o);
  }

  /** The formats asked for, not yet checked (default: pdf). */
  List<String> formats() {
    return pick(cli.formats, c -> c.strings("formats"), List.of("pdf"));
  }

  /**
   * The writers' option records, each built by its provider from the values given for its
   * settings; a record equal to its writer's defaults is left out (the writer uses its defaults).
   */
  WriteOptions options() {
    Map<String, Path> templates = templates();
    WriteOptions options = WriteOptions.defaults();
    for (WriterProvider<?> p : Writers.all().values()) {
      Path template = p.templateExtensions().stream().map(templates::get)
          .filter(java.util.Objects::nonNull).findFirst().orElse(null);
      options = with(options, p, new Values(template));
    }
    return options;
  }

  private static <O> WriteOptions with(WriteOptions options, WriterProvider<O> p,
      SettingValues values) {
    O built;
    try {
      built = p.options(values);
    } catch (InvalidOptionException e) {
      throw new UsageException("--" + e.setting() + ": " + e.problem());
    }
    return built.equals(p.defaults()) ? options : options.with(built);
  }

  /** Templates by extension, each checked to exist and to be taken by some writer. */
  private Map<String, Path> templates() {
    Map<String, String> firstOfGroup = new java.util.HashMap<>();
    for (WriterProvider<?> p : Writers.all().values()) {
      for (String ext : p.templateExtensions()) {
        firstOfGroup.putIfAbsent(ext, p.templateExtensions().get(0));
      }
    }
    Map<String, Path> byExtension = new java.util.HashMap<>();
    Map<String, Path> byGroup = new java.util.HashMap<>();
    List<Path> given = pick(cli.writerValue(WriterFlags.TEMPLATE, List.class),
        c -> c.paths(WriterFlags.TEMPLATE), List.<Path>of());
    for (Object o : given) {
      Path t = (Path) o;
      String name = t.getFileName().toString().toLowerCase(Locale.ROOT);
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      boolean folder = Files.isDirectory(t);
      if (folder) {
        // a folder of PowerPoint templates, one per Marp theme (NAME.pptx for theme: NAME)
        ext = "pptx";
      }
      String group = firstOfGroup.get(ext);
      if (group == null) {
        throw new UsageException("--template: " + t + " is not a template of any format ("
            + WriterFlags.templateHelp() + ")");
      }
      if (byGroup.put(group, folder ? t : existing("--template", t)) != null) {
        throw new UsageException("--template: two ." + group + " templates given");
      }
      byExtension.put(ext, t);
    }
    return byExtension;
  }

  /** The values of the writers' settings: from the command line, else from the config. */
  private final class Values implements SettingValues {
    private final Path template;

    Values(Path template) {
      this.template = template;
    }

    @Override
    public Optional<String> text(String name) {
      return Optional.ofNullable(pick(cli.writerValue(name, String.class), c -> c.string(name),
          null));
    }

    @Override
    public Optional<Boolean> flag(String name) {
      return Optional.ofNullable(pick(cli.writerValue(name, Boolean.class), c -> c.bool(name),
          null));
    }

    @Override
    public Optional<Integer> number(String name) {
      return Optional.ofNullable(pick(cli.writerValue(name, Integer.class),
          c -> c.integer(name), null));
    }

    @Override
    public Optional<Path> file(String name) {
      return Optional.ofNullable(existing("--" + name,
          pick(cli.writerValue(name, Path.class), c -> c.path(name), null)));
    }

    @Override
    public Optional<Path> template() {
      return Optional.ofNullable(template);
    }
  }

  private static Path existing(String option, Path file) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException(option + ": no such file: " + file);
    }
    return file;
  }

  private <T> T pick(T fromCli, java.util.function.Function<ProjectConfig, T> fromConfig,
      T fallback) {
    if (fromCli != null) {
      return fromCli;
    }
    if (config != null) {
      T v = fromConfig.apply(config);
      if (v != null) {
        return v;
      }
    }
    return fallback;
  }
}
