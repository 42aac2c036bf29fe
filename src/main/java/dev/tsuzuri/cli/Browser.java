package dev.tsuzuri.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** {@code serve --open}: shows an address in the user's default browser. */
final class Browser {
  private Browser() {}

  /** Opens the address, or says how to open it by hand. */
  static void open(URI uri, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command = os.contains("win")
        ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
        : os.contains("mac") ? List.of("open", uri.toString())
        : List.of("xdg-open", uri.toString());
    try {
      new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println("tsuzuri: cannot open a browser (" + command.get(0) + "): open " + uri);
    }
  }
}
