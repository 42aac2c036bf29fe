package dev.tsuzuri.read.internal;

import java.util.BitSet;

/**
 * Finds consecutive link reference and footnote definitions, between which an empty line is
 * added: flexmark parses them in quadratic time when they share a paragraph, and the guards
 * would count a run of them as one paragraph full of brackets. Also tells which lines
 * start a block of their own, so that {@link BracketFloods} does not take a run of definitions
 * for one huge paragraph. Fed line by line.
 */
final class DefinitionRuns {
  /** Newlines (body offsets) after which an empty line is added. */
  final BitSet splitAfter = new BitSet();
  private boolean previousBlank = true;
  private boolean inReferences;
  private boolean previousFootnote;

  /**
   * Looks at the line starting at body offset {@code pos}; returns whether flexmark will read it
   * as the start of a block of its own: a footnote definition (which may interrupt a paragraph)
   * or a link reference definition in a run. Consecutive definitions of one kind are split by an
   * empty line, which changes nothing in how they are read.
   */
  boolean line(int pos, String line, boolean inFence) {
    boolean reference = !inFence && isDefinition(line);
    boolean footnote = !inFence && isFootnoteDefinition(line);
    if (pos > 0 && ((reference && inReferences) || (footnote && previousFootnote))) {
      splitAfter.set(pos - 1);
    }
    inReferences = reference && (inReferences || previousBlank);
    previousFootnote = footnote;
    previousBlank = line.isBlank();
    return inReferences || footnote;
  }

  /** A line that starts a footnote definition: {@code [^label]: text}. */
  static boolean isFootnoteDefinition(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    if (!line.startsWith("[^", i)) {
      return false;
    }
    int close = line.indexOf("]:", i + 2);
    if (close <= i + 2) {
      return false;
    }
    for (int j = i + 2; j < close; j++) {
      if (line.charAt(j) == '[' || line.charAt(j) == ']') {
        return false;
      }
    }
    return true;
  }

  /** A line that starts a link reference definition: {@code [label]: destination}. */
  static boolean isDefinition(String line) {
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
}
