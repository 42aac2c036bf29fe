package dev.tsuzuri.cli;

import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.run.Converter;
import dev.tsuzuri.read.NoteReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tsuzuri convert}: notes and folders of notes to the requested formats. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    modelTransformer = WriterFlags.class,
    description = {"Converts Markdown notes, or folders of them, to PDF, Word, PowerPoint, HTML "
        + "or JSON.",
        "A note gives OUT/<stem>.<ext>; a folder is searched recursively and mirrored under OUT, "
            + "and notes unchanged since the last run are skipped.",
        "Defaults come from the nearest tsuzuri.yaml above the first input; options here win."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every note converted", "1:some note failed", "2:usage error"})
final class ConvertCommand implements Callable<Integer> {
  private final NoteReader reader;

  @Spec CommandSpec spec;

  /** Whom the command runs for: this process, or a caller that handed the job over. */
  Invocation invocation = Invocation.LOCAL;

  /** The command with the Markdown reader. */
  ConvertCommand() {
    this(null);
  }

  /** The command reading notes with another reader (tests), or null for the Markdown reader. */
  ConvertCommand(NoteReader reader) {
    this.reader = reader;
  }

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Notes (.md, .markdown) or "
      + "folders of notes.")
  List<Path> inputs;

  @Option(names = {"-t", "--to"}, split = ",", paramLabel = "FORMAT",
      description = "Output formats, comma-separated: pdf,docx,pptx,html,json (default: pdf; "
          + "see 'tsuzuri formats').")
  List<String> formats;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output folder (default: out).")
  Path output;

  @Option(names = "--resource-path", paramLabel = "DIR", description = "Another folder images "
      + "may come from (besides each note's). Repeatable.")
  List<Path> resourcePath;

  @Option(names = "--allow-remote", negatable = true, description = "Fetch http and https "
      + "images (10 s timeout, 50 MB limit, each address once per run). Without it remote "
      + "images become placeholders and nothing connects anywhere.")
  Boolean allowRemote;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of the notes, "
      + "such as Shift_JIS or EUC-JP (default: UTF-8 or UTF-16 by their byte-order mark).")
  String encoding;

  @Option(names = "--max-input-size", paramLabel = "SIZE", description = "Largest note read, in "
      + "bytes or with k, m, g (default: 10m).")
  String maxInputSize;

  @Option(names = "--max-nesting", paramLabel = "N", description = "Deepest nesting of lists "
      + "and block quotes read (default: 64).")
  Integer maxNesting;

  @Option(names = "--max-front-matter", paramLabel = "SIZE", description = "Largest front "
      + "matter read, in bytes or with k, m (default: 1m).")
  String maxFrontMatter;

  @Option(names = "--drafts", negatable = true, description = "Convert notes marked 'draft: "
      + "true' too.")
  Boolean drafts;

  @Option(names = "--future", negatable = true, description = "Convert notes whose publishDate "
      + "(or date) is still to come too, like hugo -F.")
  Boolean future;

  @Option(names = "--expired", negatable = true, description = "Convert notes whose expiryDate "
      + "has passed too, like hugo -E.")
  Boolean expired;

  @Option(names = "--site", paramLabel = "DIR", description = "The Hugo site the notes belong "
      + "to (default: the nearest folder above each note with hugo.toml, config.toml … or "
      + "config/_default/).")
  Path site;

  @Option(names = "--no-site", description = "Do not look for Hugo sites: /path images resolve "
      + "only against --resource-path and the note's folder.")
  boolean noSite;

  @Option(names = "--force", description = "Convert notes even when their outputs are up to "
      + "date.")
  boolean force;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Notes converted at once "
      + "(default: the number of cores).")
  Integer jobs;

  @Option(names = "--include", paramLabel = "GLOB", description = "Only notes whose path below "
      + "the input folder matches, such as 'posts/**'. Repeatable.")
  List<String> include;

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out notes that match, "
      + "such as '**/_index.md'. Repeatable.")
  List<String> exclude;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report: per "
      + "note its status, outputs, warnings and milliseconds.")
  Path report;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
  boolean quiet;

  @Option(names = "--watch", description = "After converting, watch the inputs and convert "
      + "notes again when they change, until interrupted.")
  boolean watch;

  @Option(names = "--config", paramLabel = "FILE", description = "Read this project config "
      + "instead of the nearest tsuzuri.yaml.")
  Path config;

  @Option(names = "--no-config", description = "Ignore tsuzuri.yaml files.")
  boolean noConfig;

  @Option(names = {"--debug", "-v", "--verbose"}, description = "Print stack traces and "
      + "library logs.")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    Optional<ProjectConfig> project = noConfig ? Optional.empty()
        : config != null ? Optional.of(ProjectConfig.load(config))
        : ProjectConfig.find(inputs.get(0));
    Settings settings = new Settings(this, project.orElse(null));
    ConvertRequest request = settings.request(
        reader != null ? reader : new MarkdownReader(settings.readOptions()));
    Progress progress = Progress.create(spec.commandLine().getOut(),
        spec.commandLine().getErr(), quiet, debug, invocation);
    BatchResult result = Converter.run(request, progress);
    finished(result, progress);
    if (watch) {
      new Watcher(request, progress, r -> finished(r, progress)).run();
    }
    return result.exitCode();
  }

  /**
   * The value given for a writer's option ({@link WriterFlags}), or null when it was not given.
   */
  <T> T writerValue(String name, Class<T> type) {
    picocli.CommandLine.Model.OptionSpec o = spec.findOption("--" + name);
    return o == null ? null : type.cast(o.getValue());
  }

  private void finished(BatchResult result, Progress progress) {
    progress.done(result);
    if (report != null) {
      Report.write(result, report);
    }
  }
}
