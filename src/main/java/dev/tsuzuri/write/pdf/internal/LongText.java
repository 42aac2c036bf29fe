package dev.tsuzuri.write.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Cuts long text nodes into pieces of about a thousand characters, at places where a line may
 * break anyway, so that laying out text takes time in proportion to its length.
 *
 * <p>The engine's line breaker, for every line it sets, copies the rest of the text node it is
 * in ({@code LineBreakContext.getStartSubstring}) and, at every break opportunity, searches all
 * of that rest for a URL's slash ({@code UrlAwareLineBreakIterator}): a 1.7-million-character
 * Japanese list item (Japanese breaks between almost any two characters) took over 120 s. In
 * pieces each line costs at most a piece. A piece ends where {@link KinsokuBreaker} allows a
 * break (after a space, or between Japanese characters outside the kinsoku rules), so the lines
 * break where they did; only text without any such place (a base64 blob) is cut where it is
 * long, and such text wraps anywhere anyway ({@code word-wrap: break-word}).
 */
final class LongText {
  /** Text nodes up to this length are left whole. */
  static final int LIMIT = 4096;
  /** The length a piece aims at. */
  static final int PIECE = 1024;
  /** The length of a piece of text that has no place to break. */
  static final int UNBROKEN = 40;
  /** How far back from a piece's aimed end a break is looked for. */
  private static final int LOOK_BACK = 256;

  private LongText() {}

  /** Splits every long text node under {@code root}; walks the tree without recursion. */
  static void split(Node root) {
    List<Text> longOnes = new ArrayList<>();
    Node n = root;
    while (n != null) {
      if (n instanceof Text t && t.getLength() > LIMIT) {
        longOnes.add(t);
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != null && n != root && n.getNextSibling() == null) {
        n = n.getParentNode();
      }
      n = n == null || n == root ? null : n.getNextSibling();
    }
    for (Text t : longOnes) {
      replace(t);
    }
  }

  private static void replace(Text t) {
    String s = t.getData();
    Node parent = t.getParentNode();
    int start = 0;
    while (start < s.length()) {
      int end = s.length() - start <= PIECE + LOOK_BACK ? s.length() : cut(s, start + PIECE);
      if (end < s.length() && !breaksHere(s, end)) {
        end = unbrokenEnd(s, start);
      }
      parent.insertBefore(t.getOwnerDocument().createTextNode(s.substring(start, end)), t);
      start = end;
    }
    parent.removeChild(t);
  }

  /**
   * Where a piece of text without any break opportunity ends: after {@link #UNBROKEN} characters,
   * shorter than a line. Such text (a base64 blob, a megabyte-long word) wraps anywhere, and for
   * every line the engine first measures the whole rest of its text node, then each character
   * up to the line's end: in pieces of a thousand characters a 1-million-character word took over
   * 10 s of CPU, in pieces shorter than a line it takes a tenth of that.
   */
  private static int unbrokenEnd(String s, int start) {
    int end = Math.min(s.length(), start + UNBROKEN);
    return end < s.length() && Character.isLowSurrogate(s.charAt(end)) ? end + 1 : end;
  }

  /** Where a piece aimed to end at {@code aim} ends: a break opportunity at or before it. */
  static int cut(String s, int aim) {
    for (int p = aim; p > aim - LOOK_BACK; p--) {
      if (breaksHere(s, p)) {
        return p;
      }
    }
    // no break nearby: cut anyway, but never inside a surrogate pair
    return Character.isLowSurrogate(s.charAt(aim)) ? aim + 1 : aim;
  }

  private static boolean breaksHere(String s, int p) {
    char before = s.charAt(p - 1);
    char after = s.charAt(p);
    if (Character.isHighSurrogate(before) || Character.isLowSurrogate(after)) {
      return false;
    }
    boolean opportunity = before == ' ' || wide(before) && wide(after);
    return opportunity && KinsokuBreaker.allowed(s, p);
  }

  /** Japanese and Chinese characters, between which lines break without a space. */
  private static boolean wide(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
  }
}
