package dev.tsuzuri.cli;

import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.Writers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tsuzuri formats}: the output formats this build has, with their descriptions. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = "Lists the output formats (for --to).")
final class FormatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (Writers.all().isEmpty()) {
      out.println("(no output formats in this build)");
      return 1;
    }
    for (WriterProvider<?> p : Writers.all().values()) {
      out.printf("%-6s .%-5s %s%n", p.format(), p.extension(), p.description());
    }
    out.flush();
    return 0;
  }
}
