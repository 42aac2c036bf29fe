package dev.tsuzuri.write.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads the shown characters of a WordprocessingML part straight from its bytes, for the plain
 * shape POI saves: one prefix bound to the namespace, no default namespace for it, no DOCTYPE,
 * CDATA or comments. A part of any other shape is refused ({@code false}) and left to the StAX
 * reader, so the answer is always the one a namespace-aware parser gives.
 */
final class TextScanner {
  private static final byte[] NAMESPACE =
      ("=\"" + UsedCharacters.W + "\"").getBytes(StandardCharsets.US_ASCII);

  private static final byte[] T = bytes("t");
  private static final byte[] DEL_TEXT = bytes("delText");
  private static final byte[] LVL_TEXT = bytes("lvlText");
  private static final byte[] LT = bytes("<");

  private TextScanner() {}

  /**
   * Adds the characters of {@code t}, {@code delText} and {@code lvlText/@val} to the set.
   *
   * @return false, with nothing added, when the part is not of the plain shape
   */
  static boolean scan(byte[] xml, Set<Integer> chars) {
    if (indexOf(xml, bytes("<!"), 0) >= 0) {
      return false;
    }
    String prefix = prefix(xml);
    if (prefix == null) {
      return false;
    }
    Set<Integer> found = new java.util.HashSet<>();
    byte[] open = bytes("<" + prefix + ":");
    for (int at = indexOf(xml, open, 0); at >= 0; at = indexOf(xml, open, at + 1)) {
      int nameStart = at + open.length;
      int nameEnd = nameStart;
      while (nameEnd < xml.length && isNameByte(xml[nameEnd])) {
        nameEnd++;
      }
      boolean text = named(xml, nameStart, nameEnd, T)
          || named(xml, nameStart, nameEnd, DEL_TEXT);
      if (!text && !named(xml, nameStart, nameEnd, LVL_TEXT)) {
        continue;
      }
      int tagEnd = tagEnd(xml, nameEnd);
      if (tagEnd < 0) {
        return false;
      }
      if (!text) {
        String val = attribute(xml, nameEnd, tagEnd, prefix + ":val");
        if (val != null && !addDecoded(val, true, found)) {
          return false;
        }
      } else if (xml[tagEnd - 1] != '/') {
        int close = indexOf(xml, LT, tagEnd);
        if (close < 0 || close + 1 >= xml.length || xml[close + 1] != '/') {
          return false;
        }
        String content = new String(xml, tagEnd + 1, close - tagEnd - 1, StandardCharsets.UTF_8);
        if (!addDecoded(content, false, found)) {
          return false;
        }
      }
    }
    chars.addAll(found);
    return true;
  }

  /** Whether the bytes from {@code from} to {@code to} are this name. */
  private static boolean named(byte[] xml, int from, int to, byte[] name) {
    return java.util.Arrays.equals(xml, from, to, name, 0, name.length);
  }

  /** The one prefix bound to WordprocessingML, or null when the binding is not that simple. */
  private static String prefix(byte[] xml) {
    String prefix = null;
    for (int at = indexOf(xml, NAMESPACE, 0); at >= 0; at = indexOf(xml, NAMESPACE, at + 1)) {
      int start = at;
      while (start > 0 && isNameByte(xml[start - 1])) {
        start--;
      }
      String attr = new String(xml, start, at - start, StandardCharsets.US_ASCII);
      if (!attr.startsWith("xmlns:") || start == 0 || !isSpace(xml[start - 1])) {
        return null;
      }
      String p = attr.substring("xmlns:".length());
      if (prefix != null && !prefix.equals(p)) {
        return null;
      }
      prefix = p;
    }
    if (prefix == null) {
      return null;
    }
    // the prefix rebound to another namespace somewhere, or bound with single quotes
    int bindings = 0;
    byte[] binding = bytes("xmlns:" + prefix + "=");
    for (int at = indexOf(xml, binding, 0); at >= 0; at = indexOf(xml, binding, at + 1)) {
      bindings++;
      if (at + binding.length + NAMESPACE.length - 1 > xml.length
          || indexOf(xml, NAMESPACE, at + binding.length - 1) != at + binding.length - 1) {
        return null;
      }
    }
    return bindings > 0 ? prefix : null;
  }

  /** The index of the start tag's closing '>', skipping quoted attribute values. */
  private static int tagEnd(byte[] xml, int from) {
    byte quote = 0;
    for (int i = from; i < xml.length; i++) {
      byte b = xml[i];
      if (quote != 0) {
        if (b == quote) {
          quote = 0;
        }
      } else if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        return i;
      }
    }
    return -1;
  }

  /** An attribute's raw value inside a start tag, or null when the tag has none by that name. */
  private static String attribute(byte[] xml, int from, int to, String qname) {
    String tag = new String(xml, from, to - from, StandardCharsets.UTF_8);
    int i = 0;
    while (i < tag.length()) {
      while (i < tag.length() && (isSpace((byte) tag.charAt(i)) || tag.charAt(i) == '/')) {
        i++;
      }
      int nameStart = i;
      while (i < tag.length() && tag.charAt(i) != '=' && !isSpace((byte) tag.charAt(i))) {
        i++;
      }
      String name = tag.substring(nameStart, i);
      while (i < tag.length() && (tag.charAt(i) == '=' || isSpace((byte) tag.charAt(i)))) {
        i++;
      }
      if (i >= tag.length()) {
        return null;
      }
      char quote = tag.charAt(i);
      int end = tag.indexOf(quote, i + 1);
      if (end < 0) {
        return null;
      }
      if (name.equals(qname)) {
        return tag.substring(i + 1, end);
      }
      i = end + 1;
    }
    return null;
  }

  /**
   * Adds the code points of raw XML text after resolving references and normalising line ends
   * (and, in attribute values, white space) as a parser does; false on an unknown reference.
   */
  private static boolean addDecoded(String raw, boolean attribute, Set<Integer> out) {
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (attribute) {
      s = s.replace('\n', ' ').replace('\t', ' ');
    }
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (cp != '&') {
        out.add(cp);
        i += Character.charCount(cp);
        continue;
      }
      int semi = s.indexOf(';', i);
      if (semi < 0) {
        return false;
      }
      String ref = s.substring(i + 1, semi);
      int value = switch (ref) {
        case "lt" -> '<';
        case "gt" -> '>';
        case "amp" -> '&';
        case "quot" -> '"';
        case "apos" -> '\'';
        default -> characterReference(ref);
      };
      if (value < 0) {
        return false;
      }
      out.add(value);
      i = semi + 1;
    }
    return true;
  }

  private static int characterReference(String ref) {
    try {
      if (ref.startsWith("#x")) {
        return Integer.parseInt(ref.substring(2), 16);
      }
      if (ref.startsWith("#")) {
        return Integer.parseInt(ref.substring(1));
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static int indexOf(byte[] hay, byte[] needle, int from) {
    byte first = needle[0];
    int last = hay.length - needle.length;
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      if (hay[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean isNameByte(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
        || b == '-' || b == '.' || b == ':';
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
