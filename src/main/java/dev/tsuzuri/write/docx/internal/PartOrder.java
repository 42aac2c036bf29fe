package dev.tsuzuri.write.docx.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order POI writes a package's parts in: content types, package relationships, then the
 * parts by name (ignoring case, numbers by value), each followed by its relationships, and
 * lastly what later steps added.
 */
final class PartOrder {
  /** Part names compared as POI compares them. */
  static final Comparator<String> COMPARATOR = PartOrder::compare;

  private PartOrder() {}

  /** The parts in POI's order. */
  static Map<String, byte[]> sorted(Map<String, byte[]> parts) {
    List<String> names = new ArrayList<>();
    for (String entry : parts.keySet()) {
      if (!entry.equals("[Content_Types].xml") && !entry.endsWith(".rels")) {
        names.add(entry);
      }
    }
    names.sort(COMPARATOR);
    Map<String, byte[]> out = new LinkedHashMap<>();
    put(out, parts, "[Content_Types].xml");
    put(out, parts, "_rels/.rels");
    for (String name : names) {
      put(out, parts, name);
      put(out, parts, PreparedParts.relationshipsOf(name));
    }
    parts.forEach(out::putIfAbsent);
    return out;
  }

  private static void put(Map<String, byte[]> out, Map<String, byte[]> parts, String entry) {
    byte[] b = parts.get(entry);
    if (b != null) {
      out.put(entry, b);
    }
  }

  private static int compare(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      char c = x.charAt(i);
      char d = y.charAt(j);
      if (Character.isDigit(c) && Character.isDigit(d)) {
        int si = i;
        int sj = j;
        while (i < x.length() && Character.isDigit(x.charAt(i))) {
          i++;
        }
        while (j < y.length() && Character.isDigit(y.charAt(j))) {
          j++;
        }
        int r = new java.math.BigInteger(x.substring(si, i))
            .compareTo(new java.math.BigInteger(y.substring(sj, j)));
        if (r != 0) {
          return r;
        }
      } else {
        if (c != d) {
          return Character.compare(c, d);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }
}
