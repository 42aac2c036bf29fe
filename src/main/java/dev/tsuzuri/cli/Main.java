package dev.tsuzuri.cli;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.convert.run.Converter;
import dev.tsuzuri.diag.Messages;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tsuzuri} command: {@code convert}, {@code serve}, {@code formats} and {@code
 * templates}.
 *
 * <p>Exit codes: 0 when everything converted, 1 when some input failed, 2 on a usage error.
 * Problems are printed as one-line messages; stack traces only with {@code --debug}.
 */
@Command(
    name = "tsuzuri",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Turns Markdown notes into PDF, Word and PowerPoint.",
    subcommands = {ConvertCommand.class, ServeCommand.class, FormatsCommand.class,
        TemplatesCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every note converted", "1:some note failed (see the messages)",
        "2:usage error"})
public final class Main implements Runnable {
  /** Strong references, or java.util.logging forgets the levels set on them. */
  private static final Logger[] QUIETED = {
      Logger.getLogger("com.openhtmltopdf"), Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"), Logger.getLogger("org.apache.poi")};

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs tsuzuri and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs tsuzuri with the given streams and returns the exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.stream(args)
        .anyMatch(a -> a.equals("--debug") || a.equals("-v") || a.equals("--verbose"));
    quietLibraries(debug);
    return commandLine(out, err).execute(args);
  }

  /** The picocli command line with tsuzuri's error handling, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CommandLine.defaultFactory());
  }

  /**
   * The command line running on behalf of another caller ({@link Handoff}): relative paths given
   * to it are relative to the caller's folder.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Invocation invocation) {
    CommandLine cl = commandLine(out, err, CommandLine.defaultFactory());
    cl.registerConverter(java.nio.file.Path.class, s -> invocation.resolve(java.nio.file.Path.of(s)));
    ConvertCommand convert = cl.getSubcommands().get("convert").getCommand();
    convert.invocation = invocation;
    return cl;
  }

  /** The command line creating its commands through a factory (tests swap the reader so). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    CommandLine cl = new CommandLine(new Main(), factory);
    ServeCommand.addConvertOptions(cl.getSubcommands().get("serve"),
        cl.getSubcommands().get("convert"));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(Main::executionFailed);
    cl.setParameterExceptionHandler(Main::usageError);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("tsuzuri: " + e.getMessage());
    String name = cl.getCommandSpec().qualifiedName();
    err.println("Try '" + name + " --help' for more information.");
    return 2;
  }

  private static int executionFailed(Exception e, CommandLine cl,
      CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof UsageException u) {
      err.println("tsuzuri: " + u.getMessage());
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      return 2;
    }
    if (e instanceof TsuzuriException t) {
      err.println("tsuzuri: " + t.describe());
    } else if (e instanceof java.io.IOException io) {
      err.println("tsuzuri: " + Messages.reason(io));
    } else {
      err.println("tsuzuri: internal error: " + e.toString().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }
    if (parsed.hasMatchedOption("--debug") || isDebug(parsed)) {
      e.printStackTrace(err);
    }
    return 1;
  }

  private static boolean isDebug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the libraries' own logging off the console: openhtmltopdf logs every font load at INFO
   * through java.util.logging, and POI and PDFBox log through Log4j API, which otherwise
   * complains that it has no logging implementation.
   */
  public static void quietLibraries(boolean debug) {
    setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    setIfAbsent("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    setIfAbsent("org.apache.logging.log4j.level", debug ? "WARN" : "OFF");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", debug ? "WARN" : "OFF");
    for (Logger l : QUIETED) {
      l.setLevel(debug ? Level.WARNING : Level.OFF);
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Prints "tsuzuri VERSION". */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tsuzuri " + Converter.version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
              + ")"};
    }
  }
}
