package dev.tsuzuri.cli;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.serve.PreviewServer;
import dev.tsuzuri.serve.Project;
import dev.tsuzuri.serve.ServeOptions;
import dev.tsuzuri.write.WriteOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tsuzuri serve}: a live preview of a folder of notes in the browser. Takes every option
 * of {@code convert} that shapes outputs (added from {@link ConvertCommand} itself, so a new
 * option of {@code convert} applies here too) and {@code tsuzuri.yaml}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serves a live preview of a folder of notes (or of one note) in the browser: "
        + "an index, each note as HTML, PDF and slide pictures, downloads of its Word and "
        + "PowerPoint files, and pages that reload when a note, a picture it names or a "
        + "settings file changes.",
        "Outputs are made when first asked for. Takes the options of 'tsuzuri convert' that "
            + "shape outputs, and tsuzuri.yaml. Ctrl-C stops it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:could not start (port in use, say)", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
  /** Options of convert that mean nothing to a server. */
  private static final Set<String> NOT_SERVED = Set.of("--to", "--watch", "--report", "--quiet",
      "--force", "--jobs");

  /** What some options of convert mean to a server. */
  private static final java.util.Map<String, String> SERVED_MEANING = java.util.Map.of(
      "--output", "Keep the outputs in this folder, to start warm next time (default: a private "
          + "temporary folder, removed on exit).",
      "--drafts", "Show notes marked 'draft: true' (default: on; --no-drafts leaves them out).");

  /**
   * Holds the convert options given to serve (the command line's convert command, which does not
   * run when serve does); {@link Settings} reads them from it.
   */
  ConvertCommand convert = new ConvertCommand();

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR|NOTE", description = "The folder of notes (a "
      + "Hugo content folder, say) or the note to serve (default: the current folder).")
  Path input;

  @Option(names = "--port", paramLabel = "N", description = "The port (default: 1414; 0 picks "
      + "a free one).")
  int port = ServeOptions.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on "
      + "(default: 127.0.0.1, this machine only). Any other lets other machines read the notes.")
  String host = ServeOptions.LOOPBACK;

  @Option(names = "--open", description = "Open the index in the default browser.")
  boolean open;

  @Option(names = "--handoff", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also run the 'tsuzuri convert' jobs that this user's tsuzuri launcher hands "
          + "over, which then skip starting Java (default: on).")
  boolean handoff;

  /**
   * Gives serve the options of the command line's {@code convert} (but those of {@link
   * #NOT_SERVED}): copies of its option specs, filling the same {@link ConvertCommand}, so no
   * second reflection over it slows the start of every command.
   */
  static void addConvertOptions(CommandLine serve, CommandLine convert) {
    ServeCommand command = serve.getCommand();
    command.convert = convert.getCommand();
    for (OptionSpec o : convert.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp() || NOT_SERVED.contains(o.longestName())) {
        continue;
      }
      OptionSpec.Builder copy = OptionSpec.builder(o);
      String served = SERVED_MEANING.get(o.longestName());
      if (served != null) {
        copy.description(served);
      }
      serve.getCommandSpec().addOption(copy.build());
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path served = input != null ? input : Path.of(".");
    if (!Files.exists(served)) {
      throw new UsageException(served + ": no such file or folder");
    }
    ServeOptions options;
    try {
      options = new ServeOptions(host, port);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--port: " + e.getMessage());
    }
    boolean temporary = convert.output == null;
    Path output = temporary ? privateFolder() : convert.output;
    PreviewServer server;
    try {
      server = PreviewServer.start(() -> project(served, output), options, err::println);
    } catch (IOException e) {
      deleteIfTemporary(temporary, output);
      throw new IOException("cannot serve at " + host + ":" + port + ": " + e.getMessage(), e);
    }
    Handoff jobs = handoff ? takeJobs(out, err) : null;
    Thread stop = new Thread(() -> {
      server.close();
      closeJobs(jobs);
      deleteIfTemporary(temporary, output);
    }, "tsuzuri-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println("serving " + served + " at " + server.uri());
    if (!options.loopback()) {
      err.println("tsuzuri: warning: listening on " + host + ": other machines can read every "
          + "note under " + served);
    }
    if (open) {
      Browser.open(server.uri(), err);
    }
    try {
      server.await();
    } catch (InterruptedException e) {
      // stopped by whoever ran the command (a test, an embedding program)
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      closeJobs(jobs);
      deleteIfTemporary(temporary, output);
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs and stops the server
      }
    }
    return 0;
  }

  /**
   * The project as the command line and {@code tsuzuri.yaml} say now: called at start and
   * whenever a settings file changes.
   */
  private Project project(Path served, Path output) {
    Optional<ProjectConfig> config = convert.noConfig ? Optional.empty()
        : convert.config != null ? Optional.of(ProjectConfig.load(convert.config))
        : ProjectConfig.find(served);
    convert.inputs = List.of(served);
    convert.formats = List.of("html");
    convert.output = output;
    Boolean drafts = convert.drafts;
    if (drafts == null) {
      // a preview is for notes being written: drafts are shown unless --no-drafts
      convert.drafts = true;
    }
    ConvertRequest request;
    try {
      Settings settings = new Settings(convert, config.orElse(null));
      request = settings.request(new MarkdownReader(settings.readOptions()));
    } finally {
      convert.drafts = drafts;
    }
    return new Project(request, settingsFiles(served, config, request.options()));
  }

  /** The files whose change reloads the settings: the config and the templates it names. */
  private List<Path> settingsFiles(Path served, Optional<ProjectConfig> config,
      WriteOptions options) {
    List<Path> files = new ArrayList<>();
    Path folder = Files.isDirectory(served) ? served : served.toAbsolutePath().getParent();
    files.add(config.map(ProjectConfig::file).orElse(folder.resolve(ProjectConfig.FILE_NAME)));
    // every file an option record names (templates, stylesheets), whichever writer it is for
    for (Object record : options.all()) {
      if (record.getClass().isRecord()) {
        for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
          try {
            if (c.getAccessor().invoke(record) instanceof Path p) {
              files.add(p);
            }
          } catch (ReflectiveOperationException e) {
            // a component that cannot be read names no file to watch
          }
        }
      }
    }
    return files;
  }

  /**
   * Takes convert jobs at the launcher's socket ({@code TSUZURI_SOCKET}); none when Java was
   * started without the launcher, or (with a warning) when the socket cannot be used.
   */
  private static Handoff takeJobs(PrintWriter out, PrintWriter err) {
    Path socket = Handoff.socketFromEnvironment();
    if (socket == null) {
      return null;
    }
    try {
      Handoff jobs = Handoff.start(socket, Handoff.runningJar(), err);
      out.println("taking 'tsuzuri convert' jobs of this user at " + socket);
      return jobs;
    } catch (IOException | RuntimeException e) {
      err.println("tsuzuri: warning: not taking convert jobs: " + e.getMessage());
      return null;
    }
  }

  private static void closeJobs(Handoff jobs) {
    if (jobs != null) {
      jobs.close();
    }
  }

  /** A fresh folder only this user can read, for the outputs of this run. */
  private static Path privateFolder() throws IOException {
    try {
      return Files.createTempDirectory("tsuzuri-serve-",
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      return Files.createTempDirectory("tsuzuri-serve-");
    }
  }

  private static void deleteIfTemporary(boolean temporary, Path folder) {
    if (!temporary) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the system's temporary folder is cleaned anyway
    }
  }
}
