package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes Hugo shortcodes and {@code ::: notes} divs out of the Markdown before flexmark sees it
 * (flexmark would read {@code {{<figure …>}}} as raw HTML and parse a highlight's body as
 * Markdown), leaving placeholder tokens. Fenced code is skipped; placeholders that end up in
 * indented or inline code are restored to their source when the outline is built.
 */
public final class Prepass {
  // possessive quantifiers: with plain ones a line of thousands of spaces backtracked in O(n²)
  private static final Pattern FENCE = Pattern.compile(
      "^[ \\t>]*+(?:[-*+][ \\t]++|\\d{1,9}[.)][ \\t]++)*+[ \\t]*+(`{3,}|~{3,})(.*)$");
  private static final Pattern DIV_OPEN = Pattern.compile("^[ \\t]*+(:{3,})[ \\t]*+(\\S.*)$");
  private static final Pattern DIV_CLOSE = Pattern.compile("^[ \\t]*(:{3,})[ \\t]*$");
  private static final Pattern NOTES = Pattern.compile("\\{?\\s*\\.?notes\\s*\\}?");

  private final String body;
  private final int firstLine;
  private final ShortcodeRegistry registry;
  private final int[] bodyLineStarts;
  private final List<Event> events = new ArrayList<>();
  /** Start and end offsets of fenced code blocks, which are copied untouched. */
  private final List<int[]> fences = new ArrayList<>();
  private int fenceCursor;

  /** A piece of the body to replace: [start, end) by a placeholder, or by nothing. */
  private record Event(int start, int end, Placeholder placeholder, ShortcodeTag tag) {}

  private Prepass(String body, int firstLine, ShortcodeRegistry registry) {
    this.body = body;
    this.firstLine = firstLine;
    this.registry = registry;
    this.bodyLineStarts = lineStarts(body);
  }

  /**
   * Runs the pre-pass.
   *
   * @param body the Markdown (front matter removed)
   * @param firstLine the note's 1-based line the body starts on
   */
  public static Prepared run(String body, int firstLine, ShortcodeRegistry registry) {
    return new Prepass(body, firstLine, registry).run();
  }

  private Prepared run() {
    scan();
    List<Event> resolved = pair();
    return emit(resolved);
  }

  private int lineAt(int offset) {
    int i = Arrays.binarySearch(bodyLineStarts, offset);
    return (i >= 0 ? i : -i - 2) + firstLine;
  }

  /** Finds tags, escaped tags and divs outside fenced code, in order. */
  private void scan() {
    String fence = null;
    int fenceStart = 0;
    int pos = 0;
    Deque<Boolean> divs = new ArrayDeque<>();
    while (pos < body.length()) {
      int eol = body.indexOf('\n', pos);
      if (eol < 0) {
        eol = body.length();
      }
      String line = body.substring(pos, eol);
      Matcher f = FENCE.matcher(line);
      if (fence != null) {
        if (f.matches() && f.group(1).charAt(0) == fence.charAt(0)
            && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
          fence = null;
          fences.add(new int[] {fenceStart, eol});
        }
        pos = eol + 1;
        continue;
      }
      if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
        fence = f.group(1);
        fenceStart = pos;
        pos = eol + 1;
        continue;
      }
      Matcher open = DIV_OPEN.matcher(line);
      if (open.matches() && NOTES.matcher(open.group(2).strip()).matches()) {
        pos = notes(pos, eol, open.group(1).length());
        continue;
      }
      if (open.matches() && !open.group(2).strip().startsWith(":")) {
        divs.push(Boolean.TRUE);
        events.add(new Event(pos, eol, null, null));
        pos = eol + 1;
        continue;
      }
      if (DIV_CLOSE.matcher(line).matches() && !divs.isEmpty()) {
        divs.pop();
        events.add(new Event(pos, eol, null, null));
        pos = eol + 1;
        continue;
      }
      pos = scanLine(pos, eol);
    }
    if (fence != null) {
      fences.add(new int[] {fenceStart, body.length()});
    }
  }

  /** Scans one line for tags; returns where the next line starts (a tag may span lines). */
  private int scanLine(int pos, int eol) {
    int i = pos;
    while (true) {
      int at = tagOpen(i, eol);
      if (at < 0) {
        return eol + 1;
      }
      if (at + 2 >= body.length() || (body.charAt(at + 2) != '<' && body.charAt(at + 2) != '%')) {
        i = at + 2;
        continue;
      }
      int end = escaped(at);
      if (end > 0) {
        i = end;
      } else {
        ShortcodeTag tag = ShortcodeTag.parse(body, at);
        if (tag == null) {
          String opener = body.substring(at, at + 3);
          events.add(new Event(at, at + 3, new Placeholder(Placeholder.Kind.LITERAL, null, opener,
              opener, lineAt(at)), null));
          i = at + 3;
        } else {
          events.add(new Event(tag.start(), tag.end(), null, tag));
          i = tag.end();
        }
      }
      if (i > eol) {
        // the tag spanned lines: go on scanning the line it ended on
        int next = body.indexOf('\n', i);
        eol = next < 0 ? body.length() : next;
      }
    }
  }

  /**
   * Where "{{" starts between {@code from} and the line's end, or -1. Bounded by the line, not the
   * rest of the note: searching the whole note from every line took quadratic time.
   */
  private int tagOpen(int from, int eol) {
    for (int k = from; k + 1 < eol; k++) {
      if (body.charAt(k) == '{' && body.charAt(k + 1) == '{') {
        return k;
      }
    }
    return -1;
  }

  /** An escaped tag <code>{{&lt;/* … *&#47;&gt;}}</code> at {@code at}: records it and returns its end, else -1. */
  private int escaped(int at) {
    char open = body.charAt(at + 2);
    char delim = open == '<' ? '>' : '%';
    int i = at + 3;
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    if (!body.startsWith("/*", i)) {
      return -1;
    }
    int close = body.indexOf("*/", i + 2);
    if (close < 0 || close - at > ShortcodeTag.MAX_LENGTH) {
      return -1;
    }
    int j = close + 2;
    while (j < body.length() && body.charAt(j) == ' ') {
      j++;
    }
    if (!body.startsWith(delim + "}}", j)) {
      return -1;
    }
    String literal = "{{" + open + body.substring(i + 2, close) + delim + "}}";
    events.add(new Event(at, j + 3, new Placeholder(Placeholder.Kind.LITERAL, null, literal,
        body.substring(at, j + 3), lineAt(at)), null));
    return j + 3;
  }

  /** A {@code ::: notes} div from the line at {@code pos}; returns where scanning resumes. */
  private int notes(int pos, int eol, int colons) {
    int innerStart = Math.min(body.length(), eol + 1);
    int i = innerStart;
    while (i < body.length()) {
      int end = body.indexOf('\n', i);
      if (end < 0) {
        end = body.length();
      }
      Matcher close = DIV_CLOSE.matcher(body.substring(i, end));
      if (close.matches() && close.group(1).length() >= colons) {
        String text = body.substring(innerStart, i).strip();
        events.add(new Event(pos, end, new Placeholder(Placeholder.Kind.NOTES, null, text,
            body.substring(pos, end), lineAt(pos)), null));
        return end + 1;
      }
      i = end + 1;
    }
    String text = body.substring(innerStart).strip();
    events.add(new Event(pos, body.length(), new Placeholder(Placeholder.Kind.NOTES, null, text,
        body.substring(pos), lineAt(pos)), null));
    return body.length();
  }

  /** Matches opening and closing tags of known shortcodes; returns the events to apply. */
  private List<Event> pair() {
    Map<String, Deque<Integer>> open = new HashMap<>();
    int[] closerOf = new int[events.size()];
    Arrays.fill(closerOf, -1);
    boolean[] matchedCloser = new boolean[events.size()];
    for (int i = 0; i < events.size(); i++) {
      ShortcodeTag tag = events.get(i).tag();
      if (tag == null || registry.find(tag.name()).isEmpty()) {
        continue;
      }
      if (!tag.closing() && !tag.selfClosing()) {
        open.computeIfAbsent(tag.name(), k -> new ArrayDeque<>()).push(i);
      } else if (tag.closing()) {
        Deque<Integer> stack = open.get(tag.name());
        if (stack != null && !stack.isEmpty()) {
          closerOf[stack.pop()] = i;
          matchedCloser[i] = true;
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.tag() == null) {
        out.add(e);
        continue;
      }
      ShortcodeTag tag = e.tag();
      if (closerOf[i] >= 0) {
        ShortcodeTag closer = events.get(closerOf[i]).tag();
        String inner = body.substring(tag.end(), closer.start());
        out.add(shortcode(tag, closer.end(), inner, true));
        i = closerOf[i];
      } else {
        out.add(shortcode(tag, tag.end(), "", false));
      }
    }
    return out;
  }

  private Event shortcode(ShortcodeTag tag, int end, String inner, boolean paired) {
    String source = body.substring(tag.start(), tag.end());
    String name = tag.closing() ? "/" + tag.name() : tag.name();
    Shortcode sc = new Shortcode(name, tag.positional(), tag.named(), inner, paired, source,
        lineAt(tag.start()));
    return new Event(tag.start(), end, new Placeholder(Placeholder.Kind.SHORTCODE, sc, "",
        body.substring(tag.start(), end), sc.line()), null);
  }

  private Prepared emit(List<Event> resolved) {
    StringBuilder out = new StringBuilder(body.length());
    List<Integer> lineOf = new ArrayList<>();
    List<Placeholder> placeholders = new ArrayList<>();
    lineOf.add(firstLine);
    int pos = 0;
    for (Event e : resolved) {
      if (e.start() < pos) {
        continue;
      }
      copy(out, lineOf, pos, e.start());
      if (e.placeholder() != null) {
        out.append(Placeholder.token(placeholders.size()));
        placeholders.add(e.placeholder());
      }
      pos = e.end();
    }
    copy(out, lineOf, pos, body.length());
    String text = out.toString();
    int[] lines = lineOf.stream().mapToInt(Integer::intValue).toArray();
    return new Prepared(text, lines, lineStarts(text), placeholders);
  }

  private void copy(StringBuilder out, List<Integer> lineOf, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      while (fenceCursor < fences.size() && fences.get(fenceCursor)[1] < i) {
        fenceCursor++;
      }
      boolean inFence = fenceCursor < fences.size() && fences.get(fenceCursor)[0] <= i;
      if ((c == '*' || c == '~') && !inFence && (i == 0 || body.charAt(i - 1) != c)) {
        i = delimiterRun(out, i, to) - 1;
        continue;
      }
      out.append(c);
      if (c == '\n') {
        lineOf.add(lineAt(i + 1));
      }
    }
  }

  /**
   * Copies a run of {@code *} or {@code ~} starting at {@code i}. Where it touches CJK
   * punctuation ({@code これは**「重要」**です}), a {@link Placeholder#JOINER} goes between
   * them: CommonMark's flanking rule counts it as a letter, so the run can open or close
   * emphasis as the writer meant. The joiner is removed again while building the outline.
   */
  private int delimiterRun(StringBuilder out, int i, int to) {
    char c = body.charAt(i);
    int j = i;
    while (j < to && body.charAt(j) == c) {
      j++;
    }
    boolean escaped = i > 0 && body.charAt(i - 1) == '\\';
    if (!escaped && i > 0 && Cjk.isWidePunctuation(body.codePointBefore(i))) {
      out.append(Placeholder.JOINER);
    }
    out.append(body, i, j);
    if (!escaped && j < body.length() && Cjk.isWidePunctuation(body.codePointAt(j))) {
      out.append(Placeholder.JOINER);
    }
    return j;
  }

  static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    return starts;
  }
}
