package dev.tsuzuri.read.internal.template;

import java.util.List;
import java.util.Map;

/**
 * What a shortcode template sees of its call: the dot of the template.
 *
 * @param name the shortcode's name
 * @param positional the positional arguments
 * @param named the named arguments, in the order written
 * @param inner the text between the tags ("" when not paired)
 * @param position where the call is, for {@code .Position} ("post.md:12")
 * @param page the page's title
 * @param site the site's title and parameters
 */
record Call(String name, List<String> positional, Map<String, String> named, String inner,
    String position, Values.Page page, Values.Site site) {

  /** {@code .Get N} or {@code .Get "name"}: the argument, or nil when absent. */
  Object get(Object key) {
    if (key instanceof Long i) {
      return i >= 0 && i < positional.size() ? positional.get((int) (long) i) : null;
    }
    if (key instanceof String s) {
      return named.get(s);
    }
    throw new Unsupported(".Get with " + Values.text(key));
  }

  /** {@code .Params}: the named arguments as a map, or the positional ones as a list. */
  Object params() {
    if (!named.isEmpty()) {
      return new java.util.LinkedHashMap<String, Object>(named);
    }
    return List.<Object>copyOf(positional);
  }

  /** {@code .InnerDeindent}: the inner text with the indent its lines share removed. */
  String innerDeindent() {
    String[] lines = inner.split("\n", -1);
    int common = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
          i++;
        }
        common = Math.min(common, i);
      }
    }
    if (common == Integer.MAX_VALUE || common == 0) {
      return inner;
    }
    StringBuilder b = new StringBuilder(inner.length());
    for (int k = 0; k < lines.length; k++) {
      String l = lines[k];
      b.append(l.length() >= common ? l.substring(common) : l.strip());
      if (k < lines.length - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }
}
