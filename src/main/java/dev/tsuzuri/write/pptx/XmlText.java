package dev.tsuzuri.write.pptx;

/** Cleans text for OOXML: characters XML 1.0 forbids are removed (PowerPoint refuses them). */
final class XmlText {
  private XmlText() {}

  /** The text without control characters (tab and newline kept), lone surrogates and U+FFFE/F. */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      } else if (ok && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
