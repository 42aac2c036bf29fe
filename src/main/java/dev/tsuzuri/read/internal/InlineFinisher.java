package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.internal.text.Cjk;
import dev.tsuzuri.outline.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of inline conversion, on a run of sibling pieces: soft line breaks become nothing
 * between two CJK characters (Japanese lines wrap without spaces) and a space otherwise, and
 * adjacent texts merge.
 */
final class InlineFinisher {
  /** A soft line break, resolved once its neighbours are known. */
  static final Object SOFT_BREAK = new Object();

  private InlineFinisher() {}

  static List<Inline> finish(List<Object> pieces) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      Object p = pieces.get(i);
      if (p == SOFT_BREAK) {
        int before = lastChar(pieces, i - 1);
        int after = firstChar(pieces, i + 1);
        if (before >= 0 && after >= 0 && !(Cjk.isWide(before) && Cjk.isWide(after))) {
          text.append(' ');
        }
      } else if (p instanceof Inline.Text t) {
        text.append(t.text());
      } else {
        if (text.length() > 0) {
          out.add(new Inline.Text(text.toString()));
          text.setLength(0);
        }
        out.add((Inline) p);
      }
    }
    if (text.length() > 0) {
      out.add(new Inline.Text(text.toString()));
    }
    return out;
  }

  /** The last character of the pieces up to {@code index}, or -1. */
  private static int lastChar(List<?> pieces, int index) {
    for (int i = index; i >= 0; i--) {
      int c = edge(pieces.get(i), false);
      if (c != -2) {
        return c;
      }
    }
    return -1;
  }

  /** The first character of the pieces from {@code index}, or -1. */
  private static int firstChar(List<?> pieces, int index) {
    for (int i = index; i < pieces.size(); i++) {
      int c = edge(pieces.get(i), true);
      if (c != -2) {
        return c;
      }
    }
    return -1;
  }

  /** The first or last character of one piece; -2 when it has no text (look further). */
  private static int edge(Object p, boolean first) {
    String s;
    if (p == SOFT_BREAK || p instanceof Inline.LineBreak) {
      return '\n';
    } else if (p instanceof Inline.Text t) {
      s = t.text();
    } else if (p instanceof Inline.Code c) {
      s = c.code();
    } else if (p instanceof Inline.Strong s1) {
      return nested(s1.content(), first);
    } else if (p instanceof Inline.Emphasis e) {
      return nested(e.content(), first);
    } else if (p instanceof Inline.Strikethrough st) {
      return nested(st.content(), first);
    } else if (p instanceof Inline.Styled st) {
      return nested(st.content(), first);
    } else if (p instanceof Inline.Link l) {
      return nested(l.content(), first);
    } else if (p instanceof Inline.Image i) {
      s = i.alt();
    } else {
      return -2;
    }
    if (s.isEmpty()) {
      return -2;
    }
    return first ? s.codePointAt(0) : s.codePointBefore(s.length());
  }

  private static int nested(List<Inline> content, boolean first) {
    int c = first ? firstChar(content, 0) : lastChar(content, content.size() - 1);
    return c == -1 ? -2 : c;
  }
}
