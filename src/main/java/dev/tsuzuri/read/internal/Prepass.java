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
  private static final Pattern DIV_OPEN = Pattern.compile("^[ \\t]*+(:{3,})[ \\t]*+(\\S.*)$");
  private static final Pattern DIV_CLOSE = Pattern.compile("^[ \\t]*(:{3,})[ \\t]*$");
  private static final Pattern NOTES = Pattern.compile("\\{?\\s*\\.?notes\\s*\\}?");

  private final String body;
  private final int firstLine;
  private final ShortcodeRegistry registry;
  private final java.util.function.BiConsumer<Integer, String> warn;
  /** Read flat: every emphasis and link character hidden from flexmark. */
  private final boolean flat;
  private final int[] bodyLineStarts;
  private final List<Event> events = new ArrayList<>();
  /** Start and end offsets of fenced code blocks, which are copied untouched. */
  private final List<int[]> fences = new ArrayList<>();
  private int fenceCursor;
  /**
   * Newlines after which an empty line is added: between consecutive link reference definitions,
   * which flexmark parses in quadratic time when they share a paragraph.
   */
  private final java.util.BitSet splitAfter = new java.util.BitSet();
  /**
   * Paragraphs (start, end) whose brackets are hidden from flexmark (as private-use characters,
   * turned back into brackets in the outline): flexmark copies the rest of a paragraph at each
   * {@code ]}, so thousands of them in a huge paragraph take quadratic time.
   */
  private final List<int[]> bracketFloods = new ArrayList<>();
  private int floodCursor;
  /** Closing brackets times paragraph length above which a paragraph counts as a flood. */
  private static final long FLOOD = 200_000_000L;
  /** Where the next "{{" is, cached so a note without shortcodes is scanned once. */
  private int nextBraces = -1;

  /**
   * A piece of the body to replace: [start, end) by a placeholder, by other Markdown, or by
   * nothing.
   */
  private record Event(int start, int end, Placeholder placeholder, ShortcodeTag tag,
      String markdown) {
    Event(int start, int end, Placeholder placeholder, ShortcodeTag tag) {
      this(start, end, placeholder, tag, null);
    }
  }

  /** Runs of rule characters longer than this are shortened (see {@link #longRule}). */
  private static final int LONG_RULE = 256;

  private Prepass(String body, int firstLine, ShortcodeRegistry registry,
      java.util.function.BiConsumer<Integer, String> warn, boolean flat) {
    this.body = body;
    this.firstLine = firstLine;
    this.registry = registry;
    this.warn = warn;
    this.flat = flat;
    this.bodyLineStarts = lineStarts(body);
  }

  /**
   * Runs the pre-pass.
   *
   * @param body the Markdown (front matter removed)
   * @param firstLine the note's 1-based line the body starts on
   * @param warn receives a line and a message for each unclosed shortcode
   */
  public static Prepared run(String body, int firstLine, ShortcodeRegistry registry,
      java.util.function.BiConsumer<Integer, String> warn) {
    return new Prepass(body, firstLine, registry, warn, false).run();
  }

  /**
   * Runs the pre-pass for a flat reading: emphasis and link characters outside fenced code are
   * hidden from flexmark (and shown again in the outline), for notes that nest them so deeply
   * that flexmark's tree walks overflow the stack.
   */
  public static Prepared runFlat(String body, int firstLine, ShortcodeRegistry registry,
      java.util.function.BiConsumer<Integer, String> warn) {
    return new Prepass(body, firstLine, registry, warn, true).run();
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
    boolean previousBlank = true;
    boolean inDefinitions = false;
    int paragraphStart = 0;
    long closers = 0;
    while (pos < body.length()) {
      int eol = body.indexOf('\n', pos);
      if (eol < 0) {
        eol = body.length();
      }
      String line = body.substring(pos, eol);
      if (line.isBlank() || fence != null) {
        flood(paragraphStart, pos, closers);
        paragraphStart = eol + 1;
        closers = 0;
      } else {
        for (int k = 0; k < line.length(); k++) {
          if (line.charAt(k) == ']') {
            closers++;
          }
        }
      }
      boolean definition = fence == null && isDefinition(line);
      if (definition && inDefinitions && pos > 0) {
        splitAfter.set(pos - 1);
      }
      inDefinitions = definition && (inDefinitions || previousBlank);
      previousBlank = line.isBlank();
      String[] f = fence(line);
      if (fence != null) {
        if (f != null && f[0].charAt(0) == fence.charAt(0)
            && f[0].length() >= fence.length() && f[1].isBlank()) {
          fence = null;
          fences.add(new int[] {fenceStart, eol});
        }
        pos = eol + 1;
        continue;
      }
      if (f != null && !(f[0].charAt(0) == '`' && f[1].contains("`"))) {
        fence = f[0];
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
      pos = scanLine(longRule(line, pos), eol);
    }
    if (fence != null) {
      fences.add(new int[] {fenceStart, body.length()});
    }
    flood(paragraphStart, body.length(), closers);
  }

  private void flood(int start, int end, long closers) {
    if (closers * (end - start) > FLOOD) {
      bracketFloods.add(new int[] {start, end});
      warn.accept(lineAt(start), "a paragraph with " + closers + " closing brackets is too"
          + " large to look for links in; its brackets are kept as text");
    }
  }

  /**
   * Shortens a line that starts with hundreds of {@code *}, {@code -} or {@code _}: flexmark
   * tests such a line with a regular expression that recurses once per character, and a few
   * thousand overflow the stack. A line of only those characters (a rule or a setext underline)
   * becomes three of them, which means the same; otherwise the first is escaped, so the line is
   * not tried as a rule at all. Returns where scanning for shortcodes continues.
   */
  private int longRule(String line, int pos) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i >= line.length() || "*-_".indexOf(line.charAt(i)) < 0) {
      return pos;
    }
    char c = line.charAt(i);
    int run = 0;
    boolean spaced = false;
    boolean only = true;
    for (int j = i; j < line.length(); j++) {
      char d = line.charAt(j);
      if (d == c) {
        run++;
      } else if (d == ' ' || d == '\t') {
        spaced = true;
      } else {
        only = false;
        break;
      }
    }
    if (run < LONG_RULE) {
      return pos;
    }
    if (only) {
      String rule = spaced ? c + " " + c + " " + c : String.valueOf(c).repeat(3);
      events.add(new Event(pos + i, pos + line.length(), null, null, rule));
      return pos + line.length();
    }
    if (spaced) {
      return pos; // markers with spaces are list items: the nesting guard deals with those
    }
    events.add(new Event(pos + i, pos + i + 1, null, null, "\\" + c));
    return pos + i + 1;
  }

  /** A line that starts a link reference definition: {@code [label]: destination}. */
  private static boolean isDefinition(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    if (i + 1 >= line.length() || line.charAt(i) != '[' || line.charAt(i + 1) == '^') {
      return false;
    }
    int close = line.indexOf("]:", i + 1);
    if (close <= i + 1) {
      return false;
    }
    int inner = line.indexOf('[', i + 1);
    return (inner < 0 || inner > close) && !line.substring(close + 2).isBlank();
  }

  /**
   * The code fence a line opens or closes, after any quote and list markers: {fence, rest of
   * the line}, or null. Written out by hand: a regular expression with a repeated group would
   * recurse once per marker and overflow the stack on hostile lines.
   */
  static String[] fence(String line) {
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '>') {
        i++;
      } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n
          && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
        i += 2;
      } else if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && j - i < 9 && Character.isDigit(line.charAt(j))) {
          j++;
        }
        if (j + 1 < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
            && (line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
          i = j + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    if (i >= n || (line.charAt(i) != '`' && line.charAt(i) != '~')) {
      return null;
    }
    char c = line.charAt(i);
    int j = i;
    while (j < n && line.charAt(j) == c) {
      j++;
    }
    return j - i >= 3 ? new String[] {line.substring(i, j), line.substring(j)} : null;
  }

  /** Scans one line for tags; returns where the next line starts (a tag may span lines). */
  private int scanLine(int pos, int eol) {
    int i = pos;
    while (true) {
      if (nextBraces < i) {
        nextBraces = body.indexOf("{{", i);
        if (nextBraces < 0) {
          nextBraces = Integer.MAX_VALUE;
        }
      }
      int at = nextBraces == Integer.MAX_VALUE ? -1 : nextBraces;
      if (at < 0 || at >= eol) {
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
          warn.accept(lineAt(at), "shortcode opened with " + opener + " is never closed with "
              + (opener.charAt(2) == '<' ? ">}}" : "%}}") + "; kept as text");
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
      } else if (e.markdown() != null) {
        out.append(e.markdown());
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
      if (flat && !inFence && Placeholder.hidden(c) != 0) {
        out.append(Placeholder.hidden(c));
        continue;
      }
      if ((c == ']' || c == '[') && inFlood(i)) {
        out.append(c == '[' ? Placeholder.OPEN_BRACKET : Placeholder.CLOSE_BRACKET);
        continue;
      }
      if ((c == '*' || c == '~') && !inFence && (i == 0 || body.charAt(i - 1) != c)) {
        i = delimiterRun(out, i, to) - 1;
        continue;
      }
      out.append(c);
      if (c == '\n') {
        lineOf.add(lineAt(i + 1));
        if (splitAfter.get(i)) {
          out.append('\n');
          lineOf.add(lineAt(i + 1));
        }
      }
    }
  }

  private boolean inFlood(int i) {
    while (floodCursor < bracketFloods.size() && bracketFloods.get(floodCursor)[1] < i) {
      floodCursor++;
    }
    return floodCursor < bracketFloods.size() && bracketFloods.get(floodCursor)[0] <= i;
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
