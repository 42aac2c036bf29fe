package dev.tsuzuri.write;

/**
 * Removes the characters XML 1.0 cannot carry (C0 controls other than tab, newline and carriage
 * return, lone surrogates, U+FFFE and U+FFFF). Word and PowerPoint refuse a file that contains any
 * of them, and an XML DOM cannot hold them, so writers pass every string through {@link
 * #clean(String)}.
 */
public final class XmlChars {
  private XmlChars() {}

  /** The text without the characters XML forbids; the same instance when there are none. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    int n = s.length();
    int i = 0;
    while (i < n && allowedAt(s, i)) {
      i += Character.charCount(s.codePointAt(i));
    }
    if (i >= n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (allowedAt(s, i)) {
        b.appendCodePoint(cp);
      }
      i += len;
    }
    return b.toString();
  }

  private static boolean allowedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return c != 0xFFFE && c != 0xFFFF;
  }
}
