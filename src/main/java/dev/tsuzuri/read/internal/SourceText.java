package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.WarningSink;

/**
 * Cleans decoded text before parsing: one kind of line ending ({@code \n}), no BOM, and none of
 * the characters XML forbids (control characters but tab and newline, lone surrogates,
 * U+FFFE/U+FFFF), which Word and PowerPoint refuse to open.
 */
public final class SourceText {
  private SourceText() {}

  /** The cleaned text; each line that lost characters is reported once. */
  public static String normalize(String text, WarningSink warnings) {
    StringBuilder out = new StringBuilder(text.length());
    int line = 1;
    int removedOnLine = 0;
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        out.append('\n');
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      } else if (isForbidden(c)) {
        removedOnLine++;
        continue;
      } else {
        out.append(c);
        continue;
      }
      removedOnLine = report(warnings, line, removedOnLine);
      line++;
    }
    report(warnings, line, removedOnLine);
    return out.toString();
  }

  private static int report(WarningSink warnings, int line, int removed) {
    if (removed > 0) {
      warnings.warn(line, "removed " + removed + (removed == 1 ? " character" : " characters")
          + " that documents cannot hold (control characters or broken surrogates)");
    }
    return 0;
  }

  private static boolean isForbidden(char c) {
    return (c < 0x20 && c != '\t') || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
  }
}
