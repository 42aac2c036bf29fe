package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.font.BundledFont;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Finds characters no bundled font can draw, before the engine would print them as {@code #}.
 * They are replaced by 〓 (the geta mark Japanese typesetting uses for a missing glyph) and
 * reported once per document; invisible selectors and joiners (variation selectors, ZWJ) that
 * no font maps are dropped silently.
 */
public final class GlyphCoverage {
  /** What is shown instead of a character no font has. */
  public static final String MISSING = "\u3013";

  private static final Map<Integer, Boolean> KNOWN = new ConcurrentHashMap<>();

  private GlyphCoverage() {}

  /** Replaces uncovered characters in every text node of the page. */
  public static void apply(Document page, FontLibrary.FontSet fonts, WarningSink warnings) {
    TreeSet<String> missing = new TreeSet<>();
    walk(page.getDocumentElement(), fonts, missing);
    if (!missing.isEmpty()) {
      warnings.warn("no bundled font has " + (missing.size() == 1 ? "this character" : "these "
          + missing.size() + " characters") + ", shown as " + MISSING + ": "
          + String.join(" ", missing));
    }
  }

  private static void walk(Node node, FontLibrary.FontSet fonts, TreeSet<String> missing) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        String v = n.getNodeValue();
        String fixed = fix(v, fonts, missing);
        if (!fixed.equals(v)) {
          n.setNodeValue(fixed);
        }
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        if (!"style".equals(n.getLocalName())) {
          walk(n, fonts, missing);
        }
      }
    }
  }

  private static String fix(String s, FontLibrary.FontSet fonts, TreeSet<String> missing) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      boolean ok = covered(cp, fonts);
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        if (ok) {
          b.appendCodePoint(cp);
        } else if (!invisible(cp)) {
          b.append(MISSING);
          missing.add(new String(Character.toChars(cp))
              + String.format(" (U+%04X)", cp));
        }
      }
      i += len;
    }
    return b == null ? s : b.toString();
  }

  private static boolean invisible(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200D
        || cp == 0x200C || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF
        || Character.getType(cp) == Character.FORMAT;
  }

  private static boolean covered(int cp, FontLibrary.FontSet fonts) {
    if (cp == '\n' || cp == '\t' || cp == '\r') {
      return true;
    }
    if (cp < 0x7F && cp >= 0x20) {
      return true;
    }
    Boolean k = KNOWN.get(cp);
    if (k == null) {
      k = lookup(cp, fonts, BundledFont.GOTHIC) || lookup(cp, fonts, BundledFont.MONO)
          || lookup(cp, fonts, BundledFont.EMOJI);
      KNOWN.put(cp, k);
    }
    return k;
  }

  private static boolean lookup(int cp, FontLibrary.FontSet fonts, BundledFont font) {
    try {
      CmapLookup cmap = fonts.get(font).getUnicodeCmapLookup(false);
      return cmap != null && cmap.getGlyphId(cp) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
