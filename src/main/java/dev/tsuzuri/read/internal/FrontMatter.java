package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import java.util.Map;

/**
 * A note split into its front matter and its Markdown body.
 *
 * @param values the front matter's keys and values (empty when the note has none)
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line of the note the body starts on
 */
public record FrontMatter(Map<String, Object> values, String body, int bodyLine) {

  /**
   * Splits YAML ({@code ---}) or TOML ({@code +++}) front matter off the text and parses it.
   *
   * @throws TsuzuriException when the front matter is unclosed, too large or malformed
   */
  public static FrontMatter split(String text, String source, int maxBytes, WarningSink warnings) {
    String delimiter = firstLine(text).strip();
    if (!delimiter.equals("---") && !delimiter.equals("+++")) {
      return new FrontMatter(Map.of(), text, 1);
    }
    int contentStart = text.indexOf('\n') + 1;
    int pos = contentStart;
    int line = 2;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      String current = text.substring(pos, end).strip();
      if (current.equals(delimiter) || (delimiter.equals("---") && current.equals("..."))) {
        String content = text.substring(contentStart, pos);
        checkSize(content, source, maxBytes);
        Map<String, Object> values = delimiter.equals("---")
            ? YamlFrontMatter.parse(content, source, warnings)
            : TomlFrontMatter.parse(content, source);
        String body = end < text.length() ? text.substring(end + 1) : "";
        return new FrontMatter(values, body, line + 1);
      }
      if (pos - contentStart > maxBytes) {
        break;
      }
      pos = end + 1;
      line++;
    }
    checkSize(text.substring(contentStart, Math.min(text.length(), pos)), source, maxBytes);
    throw new TsuzuriException(source, 1, "the front matter opened with " + delimiter
        + " on line 1 is never closed (add a line with " + delimiter + " after it)");
  }

  private static void checkSize(String content, String source, int maxBytes) {
    if (content.length() > maxBytes) {
      throw new TsuzuriException(source, 1, "the front matter is larger than the limit of "
          + maxBytes + " bytes (raise it with --max-front-matter)");
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
