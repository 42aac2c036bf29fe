package dev.tsuzuri.read.internal;

import java.util.BitSet;

/**
 * Finds consecutive link reference definitions, after each of which an empty line is added:
 * flexmark parses them in quadratic time when they share a paragraph. Fed line by line.
 */
final class DefinitionRuns {
  /** Newlines (body offsets) after which an empty line is added. */
  final BitSet splitAfter = new BitSet();
  private boolean previousBlank = true;
  private boolean inDefinitions;

  /** Looks at the line starting at body offset {@code pos}. */
  void line(int pos, String line, boolean inFence) {
    boolean definition = !inFence && isDefinition(line);
    if (definition && inDefinitions && pos > 0) {
      splitAfter.set(pos - 1);
    }
    inDefinitions = definition && (inDefinitions || previousBlank);
    previousBlank = line.isBlank();
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
