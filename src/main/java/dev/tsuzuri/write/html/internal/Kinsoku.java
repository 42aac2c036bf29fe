package dev.tsuzuri.write.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Japanese line-breaking rules (strict kinsoku), and keeping them across element boundaries.
 *
 * <p>The PDF engine treats every boundary between inline boxes as a break opportunity, even
 * inside a {@code nowrap} span, so in {@code 「<b>重要</b>」です} a line could start with 」 or
 * end with 「. {@link #glue} moves such marks into the neighbouring element's text, where the
 * line breaker sees them together with the word they belong to. The marks then take that
 * element's style (a bold 」 after a bold word), which is how many Japanese typesetters set
 * emphasised quotations anyway.
 */
public final class Kinsoku {
  /** Characters a line must not start with. */
  public static final String NO_START = "、。，．,.）〕］｝〉》」』】〙〗〟’”)]}>"
      + "？！?!：；:;‥…・ー゠–〜ゝゞヽヾ々〻"
      + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
  /** Characters a line must not end with. */
  public static final String NO_END = "（〔［｛〈《「『【〘〖〝‘“([{";

  /** Elements longer than this are left alone: keeping them on one line could overflow it. */
  private static final int MAX_GLUED = 24;
  private static final Set<String> INLINE = Set.of("strong", "em", "b", "i", "u", "s", "del",
      "ins", "code", "a", "span", "sup", "sub", "kbd", "small", "mark", "q", "abbr", "cite",
      "var", "samp");

  private Kinsoku() {}

  /** Glues short inline elements to the closing or opening marks that touch them. */
  public static void glue(Element root) {
    List<Node> texts = new ArrayList<>();
    collect(root, texts);
    for (Node t : texts) {
      closing(t);
    }
    texts.clear();
    collect(root, texts);
    for (Node t : texts) {
      opening(t);
    }
  }

  private static void collect(Node n, List<Node> into) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        into.add(c);
      } else if (c.getNodeType() == Node.ELEMENT_NODE && !"pre".equals(c.getLocalName())
          && !"style".equals(c.getLocalName())) {
        collect(c, into);
      }
    }
  }

  private static boolean gluable(Node n) {
    return n instanceof Element e && INLINE.contains(e.getLocalName())
        && e.getTextContent().length() <= MAX_GLUED;
  }

  private static int leading(String s, String set) {
    int i = 0;
    while (i < s.length() && set.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int trailing(String s, String set) {
    int i = s.length();
    while (i > 0 && set.indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    return s.length() - i;
  }

  /** {@code <b>語</b>」、} → {@code <b>語」、</b>}. */
  private static void closing(Node text) {
    Node before = text.getPreviousSibling();
    String s = text.getNodeValue();
    int n = leading(s, NO_START);
    Node inner = before == null ? null : lastText(before);
    if (n == 0 || !gluable(before) || inner == null) {
      return;
    }
    inner.setNodeValue(inner.getNodeValue() + s.substring(0, n));
    if (n == s.length()) {
      text.getParentNode().removeChild(text);
    } else {
      text.setNodeValue(s.substring(n));
    }
  }

  /** {@code 「<b>語</b>} → {@code <b>「語</b>}. */
  private static void opening(Node text) {
    Node after = text.getNextSibling();
    String s = text.getNodeValue();
    int n = trailing(s, NO_END);
    Node inner = after == null ? null : firstText(after);
    if (n == 0 || !gluable(after) || inner == null) {
      return;
    }
    inner.setNodeValue(s.substring(s.length() - n) + inner.getNodeValue());
    if (n == s.length()) {
      text.getParentNode().removeChild(text);
    } else {
      text.setNodeValue(s.substring(0, s.length() - n));
    }
  }

  private static Node lastText(Node n) {
    for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        return c;
      }
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        Node t = lastText(c);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  private static Node firstText(Node n) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        return c;
      }
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        Node t = firstText(c);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }
}
