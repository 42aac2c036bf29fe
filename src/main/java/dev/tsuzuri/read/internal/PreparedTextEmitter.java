package dev.tsuzuri.read.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text flexmark parses: the body with the replacements applied, the defences against
 * pathological input put in (hidden brackets, split definition runs, in a flat reading hidden
 * emphasis and link characters) and emphasis next to CJK punctuation joined
 * ({@link EmphasisJoiner}), keeping a map from each written line to the note's line.
 */
final class PreparedTextEmitter {
  private final BodyLines lines;
  private final String body;
  private final BlockScanner.Result scan;
  /** Read flat: every emphasis and link character hidden from flexmark. */
  private final boolean flat;
  private final StringBuilder out;
  /** For each written line, the note's line. */
  private final List<Integer> lineOf = new ArrayList<>();
  private int fenceCursor;
  private int floodCursor;
  private final EmphasisJoiner joiner;

  PreparedTextEmitter(BodyLines lines, BlockScanner.Result scan, boolean flat) {
    this.lines = lines;
    this.body = lines.text;
    this.scan = scan;
    this.flat = flat;
    this.out = new StringBuilder(body.length());
    this.joiner = new EmphasisJoiner(body);
  }

  Prepared emit(List<Replacement> resolved) {
    List<Placeholder> placeholders = new ArrayList<>();
    lineOf.add(lines.firstLine());
    int pos = 0;
    for (Replacement e : resolved) {
      if (e.start() < pos) {
        continue;
      }
      copy(pos, e.start());
      if (e.placeholder() != null) {
        out.append(Placeholder.token(placeholders.size()));
        placeholders.add(e.placeholder());
      } else if (e.markdown() != null) {
        out.append(e.markdown());
      }
      pos = e.end();
    }
    copy(pos, body.length());
    String text = out.toString();
    int[] map = lineOf.stream().mapToInt(Integer::intValue).toArray();
    return new Prepared(text, map, BodyLines.starts(text), placeholders);
  }

  private void copy(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c == Placeholder.SPACE_JOINER) {
        // the writer's own: kept apart from the joiners, which are all removed
        out.append(Placeholder.OGHAM_SPACE_MARK);
        continue;
      }
      boolean inFence = inFence(i);
      if (flat && !inFence && Placeholder.hidden(c) != 0) {
        out.append(Placeholder.hidden(c));
        continue;
      }
      if ((c == ']' || c == '[') && inFlood(i)) {
        out.append(c == '[' ? Placeholder.OPEN_BRACKET : Placeholder.CLOSE_BRACKET);
        continue;
      }
      if ((c == '*' || c == '~' || c == '_') && !inFence && (i == 0 || body.charAt(i - 1) != c)) {
        i = joiner.copyRun(i, to, out) - 1;
        continue;
      }
      out.append(c);
      if (c == '\n') {
        lineOf.add(lines.lineAt(i + 1));
        if (scan.splitAfter().get(i)) {
          out.append('\n');
          lineOf.add(lines.lineAt(i + 1));
        }
      }
    }
  }

  private boolean inFence(int i) {
    List<int[]> fences = scan.fences();
    while (fenceCursor < fences.size() && fences.get(fenceCursor)[1] < i) {
      fenceCursor++;
    }
    return fenceCursor < fences.size() && fences.get(fenceCursor)[0] <= i;
  }

  private boolean inFlood(int i) {
    List<int[]> floods = scan.bracketFloods();
    while (floodCursor < floods.size() && floods.get(floodCursor)[1] < i) {
      floodCursor++;
    }
    return floodCursor < floods.size() && floods.get(floodCursor)[0] <= i;
  }
}
