package dev.tsuzuri.read.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the body line by line: skips fenced code, takes out {@code :::} divs (a
 * {@code ::: notes} div becomes a placeholder, other divs lose their fence lines), hands the
 * remaining lines to {@link TagScanner}, and notes the pathological input flexmark must not see
 * as written ({@link LongRules}, {@link BracketFloods}, {@link DefinitionRuns}).
 */
final class BlockScanner {
  // possessive quantifiers: with plain ones a line of thousands of spaces backtracked in O(n²)
  private static final Pattern DIV_OPEN = Pattern.compile("^[ \\t]*+(:{3,})[ \\t]*+(\\S.*)$");
  private static final Pattern DIV_CLOSE = Pattern.compile("^[ \\t]*(:{3,})[ \\t]*$");
  private static final Pattern NOTES = Pattern.compile("\\{?\\s*\\.?notes\\s*\\}?");

  /**
   * What the scan found.
   *
   * @param replacements tags, escaped tags, divs and long rules, in body order
   * @param fences start and end offsets of fenced code blocks, which are copied untouched
   * @param splitAfter newlines after which an empty line is added
   * @param bracketFloods paragraphs (start, end) whose brackets are hidden from flexmark
   */
  record Result(List<Replacement> replacements, List<int[]> fences, BitSet splitAfter,
      List<int[]> bracketFloods) {}

  private final BodyLines lines;
  private final String body;
  private final List<Replacement> replacements = new ArrayList<>();
  private final TagScanner tags;
  private final BracketFloods floods;

  BlockScanner(BodyLines lines, BiConsumer<Integer, String> warn) {
    this.lines = lines;
    this.body = lines.text;
    this.tags = new TagScanner(lines, warn, replacements);
    this.floods = new BracketFloods(lines, warn);
  }

  /** Finds tags, escaped tags and divs outside fenced code, in order. */
  Result scan() {
    List<int[]> fences = new ArrayList<>();
    DefinitionRuns definitions = new DefinitionRuns();
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
      boolean ownBlock = definitions.line(pos, line, fence != null);
      floods.line(pos, eol, line, fence != null, ownBlock);
      String[] f = CodeFences.fence(line);
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
        replacements.add(Replacement.removal(pos, eol));
        pos = eol + 1;
        continue;
      }
      if (DIV_CLOSE.matcher(line).matches() && !divs.isEmpty()) {
        divs.pop();
        replacements.add(Replacement.removal(pos, eol));
        pos = eol + 1;
        continue;
      }
      pos = tags.scanLine(shortenLongRule(line, pos), eol);
    }
    if (fence != null) {
      fences.add(new int[] {fenceStart, body.length()});
    }
    floods.finish();
    return new Result(replacements, fences, definitions.splitAfter, floods.floods);
  }

  /** Records the replacement of an over-long rule line; returns where scanning continues. */
  private int shortenLongRule(String line, int pos) {
    Replacement shorter = LongRules.shorten(line, pos);
    if (shorter == null) {
      return pos;
    }
    replacements.add(shorter);
    return shorter.end();
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
        replacements.add(Replacement.placeholder(pos, end, new Placeholder(
            Placeholder.Kind.NOTES, null, text, body.substring(pos, end), lines.lineAt(pos))));
        return end + 1;
      }
      i = end + 1;
    }
    String text = body.substring(innerStart).strip();
    replacements.add(Replacement.placeholder(pos, body.length(), new Placeholder(
        Placeholder.Kind.NOTES, null, text, body.substring(pos), lines.lineAt(pos))));
    return body.length();
  }
}
