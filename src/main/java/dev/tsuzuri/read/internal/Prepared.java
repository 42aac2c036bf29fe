package dev.tsuzuri.read.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Markdown after the pre-pass: shortcodes and speaker-notes divs replaced by placeholder tokens,
 * with a map from its lines back to the note's lines.
 *
 * @param text the Markdown handed to flexmark
 * @param lineOf for each 0-based line of {@code text}, the note's 1-based line
 * @param lineStarts the offset in {@code text} where each line starts
 * @param placeholders the placeholders, by token index
 */
public record Prepared(String text, int[] lineOf, int[] lineStarts, List<Placeholder> placeholders) {

  /** The note's 1-based line of an offset in {@link #text}. */
  public int noteLine(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    return lineOf[Math.max(0, Math.min(line, lineOf.length - 1))];
  }

  /** The placeholder a token refers to, or null when the token is not one of ours. */
  public Placeholder placeholder(String digits) {
    try {
      int index = Integer.parseInt(digits);
      return index < placeholders.size() ? placeholders.get(index) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Text with every token replaced by the original source: for code, which is shown as written. */
  public String restoreSource(String s) {
    s = withoutJoiners(s);
    if (s.indexOf(Placeholder.OPEN) < 0) {
      return unescapeShortcodes(s);
    }
    Matcher m = Placeholder.TOKEN.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Placeholder p = placeholder(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(p == null ? m.group() : p.source()));
    }
    m.appendTail(b);
    return unescapeShortcodes(b.toString());
  }

  /** Text with tokens replaced by what they mean as plain text (for URLs and attributes). */
  public String restoreText(String s) {
    s = withoutJoiners(s);
    if (s.indexOf(Placeholder.OPEN) < 0) {
      return s;
    }
    Matcher m = Placeholder.TOKEN.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Placeholder p = placeholder(m.group(1));
      String value = p == null ? m.group()
          : p.kind() == Placeholder.Kind.LITERAL ? p.text()
          : p.kind() == Placeholder.Kind.SHORTCODE && p.shortcode().name().matches("(?i)rel|ref|relref")
              ? p.shortcode().arg("path", 0) : p.source();
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The text without the pre-pass's emphasis joiners and hidden brackets. */
  static String withoutJoiners(String s) {
    if (s.indexOf(Placeholder.JOINER) >= 0) {
      s = s.replace(String.valueOf(Placeholder.JOINER), "");
    }
    if (s.indexOf(Placeholder.SPACE_JOINER) >= 0) {
      s = s.replace(String.valueOf(Placeholder.SPACE_JOINER), "");
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char shown = Placeholder.shown(c);
      if (shown != c && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(shown);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Hugo's escaped shortcodes <code>{{&lt;/* x *&#47;&gt;}}</code> as they are displayed: {@code {{< x >}}}. */
  static String unescapeShortcodes(String s) {
    if (!s.contains("{{")) {
      return s;
    }
    return s.replaceAll("(?s)\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}", "{{$1$2$3}}");
  }
}
