package dev.tsuzuri.cli;

import dev.tsuzuri.testing.LineReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process with captured output and the test reader. */
final class Cli {
  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == ConvertCommand.class) {
          return cls.cast(new ConvertCommand(new LineReader()));
        }
        return CommandLine.defaultFactory().create(cls);
      }
    };
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory)
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
