package dev.tsuzuri.write;

import dev.tsuzuri.diag.TsuzuriException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The output formats on the class path, found through {@link ServiceLoader}. */
public final class Writers {
  private static volatile Map<String, WriterProvider<?>> byFormat;

  private Writers() {}

  /** Every available format's provider, by format name, sorted. */
  public static Map<String, WriterProvider<?>> all() {
    Map<String, WriterProvider<?>> m = byFormat;
    if (m == null) {
      synchronized (Writers.class) {
        if (byFormat == null) {
          Map<String, WriterProvider<?>> found = new TreeMap<>();
          for (WriterProvider<?> p : ServiceLoader.load(WriterProvider.class)) {
            found.putIfAbsent(p.format().toLowerCase(Locale.ROOT), p);
          }
          byFormat = Collections.unmodifiableMap(found);
        }
        m = byFormat;
      }
    }
    return m;
  }

  /** The format names, sorted. */
  public static List<String> formats() {
    return List.copyOf(all().keySet());
  }

  /**
   * The provider of a format.
   *
   * @throws TsuzuriException naming the available formats when there is no such format
   */
  public static WriterProvider<?> forFormat(String format) {
    WriterProvider<?> p = all().get(format.trim().toLowerCase(Locale.ROOT));
    if (p == null) {
      throw new TsuzuriException(
          "unknown format '" + format + "' (available: " + String.join(", ", formats()) + ")");
    }
    return p;
  }
}
