package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.CalloutColors;
import dev.tsuzuri.write.CodeColors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The default stylesheet and user stylesheets. */
public final class Stylesheets {
  /** The resource path of the default stylesheet. */
  public static final String DEFAULT_RESOURCE = "/templates/pdf/tsuzuri.css";

  private static volatile String defaultCss;

  private Stylesheets() {}

  /**
   * The default stylesheet, read from the class path once per process, with the code colours
   * of {@link CodeColors} and the callout colours of {@link CalloutColors} after it.
   */
  public static String defaults() {
    String css = defaultCss;
    if (css == null) {
      synchronized (Stylesheets.class) {
        if (defaultCss == null) {
          defaultCss = new String(PageTemplate.resource(DEFAULT_RESOURCE), StandardCharsets.UTF_8)
              + "\n/* code colours (CodeColors) */\n" + CodeColors.css()
              + "\n/* callout colours (CalloutColors) */\n" + CalloutColors.css();
        }
        css = defaultCss;
      }
    }
    return css;
  }

  /**
   * A user stylesheet ({@code --css}). Any {@code @import} or {@code url(...)} in it is inert:
   * the engines are not allowed to fetch anything.
   */
  public static String load(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TsuzuriException(file.toString(), 0, "cannot read stylesheet: " + e.getMessage());
    }
  }
}
