package dev.tsuzuri.cli;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The read and write options of {@code tsuzuri convert} — from its own option names and the
 * project's {@code tsuzuri.yaml}, checked as the command checks them — without converting
 * anything: for other front ends (the distributed job of {@code src/beam}) that convert the same
 * way as the command line.
 *
 * @param request the request the command would make (its inputs are the config's start)
 * @param readOptions how notes are read (encoding, limits)
 */
public record ConvertSettings(ConvertRequest request, ReadOptions readOptions) {

  /**
   * Parses {@code convert} options.
   *
   * @param configStart where the search for {@code tsuzuri.yaml} starts (the folder of the
   *     inputs, as the command's first input), or null to read none but a {@code --config} one
   * @param options {@code convert} options only ({@code --page-size=A5}, {@code --toc}, {@code
   *     --template x.docx} …), no inputs
   * @return the settings
   * @throws IllegalArgumentException with the command's message when an option is unknown, a
   *     value is not allowed, a file is missing or the config is malformed
   */
  public static ConvertSettings parse(Path configStart, List<String> options) {
    ConvertCommand cli = new ConvertCommand();
    List<String> args = new ArrayList<>(options);
    Path start = configStart != null ? configStart : Path.of("");
    if (configStart == null && !args.contains("--no-config")) {
      boolean named = args.stream().anyMatch(a -> a.equals("--config")
          || a.startsWith("--config="));
      if (!named) {
        args.add("--no-config");
      }
    }
    args.add("--");
    args.add(start.toString());
    try {
      new CommandLine(cli).parseArgs(args.toArray(String[]::new));
      Optional<ProjectConfig> project = cli.noConfig ? Optional.empty()
          : cli.config != null ? Optional.of(ProjectConfig.load(cli.config))
          : ProjectConfig.find(start);
      Settings settings = new Settings(cli, project.orElse(null));
      ReadOptions read = settings.readOptions();
      return new ConvertSettings(settings.request(new MarkdownReader(read)), read);
    } catch (CommandLine.ParameterException | UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The long names of every {@code convert} option ({@code --page-size}, {@code --no-toc} …),
   * so that a front end can tell them from its own.
   */
  public static Set<String> optionNames() {
    Set<String> names = new TreeSet<>();
    for (OptionSpec o : new CommandLine(new ConvertCommand()).getCommandSpec().options()) {
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          names.add(n);
          if (o.negatable() && !n.startsWith("--no-")) {
            names.add("--no-" + n.substring(2));
          }
        }
      }
    }
    return names;
  }
}
