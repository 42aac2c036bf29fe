package dev.tsuzuri.read.internal.template;

import dev.tsuzuri.read.internal.template.Values.Safe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The template functions of the subset, as Hugo defines them. A name not listed here makes the
 * template unsupported when it is parsed. None of them loops more than its arguments' length.
 */
final class Functions {
  private static final Set<String> NAMES = Set.of("default", "safeHTML", "safeURL", "safeCSS",
      "safeHTMLAttr", "markdownify", "printf", "print", "urls.Parse", "not", "and", "or", "eq",
      "ne", "lt", "le", "gt", "ge", "index", "replace", "lower", "upper", "strings.ToLower",
      "strings.ToUpper", "trim", "strings.TrimSpace", "len", "delimit", "slice", "htmlEscape",
      "plainify", "errorf", "warnf", "relURL", "absURL", "relLangURL", "absLangURL", "isset",
      "in", "string", "strings.HasPrefix", "hasPrefix", "strings.Contains", "chomp",
      "strings.TrimPrefix", "strings.TrimSuffix");

  private final UnaryOperator<String> markdownify;
  private final Consumer<String> warn;

  /**
   * @param markdownify Markdown to HTML, for {@code markdownify}
   * @param warn where {@code errorf} and {@code warnf} messages go
   */
  Functions(UnaryOperator<String> markdownify, Consumer<String> warn) {
    this.markdownify = markdownify;
    this.warn = warn;
  }

  /** True when the subset has a function of this name. */
  static boolean known(String name) {
    return NAMES.contains(name);
  }

  Object call(String name, List<Object> a) {
    switch (name) {
      case "default":
        need(name, a, 2);
        return Values.truth(a.get(1)) ? a.get(1) : a.get(0);
      case "safeHTML":
        need(name, a, 1);
        return new Safe(Values.text(a.get(0)));
      case "safeURL", "safeCSS", "safeHTMLAttr", "relURL", "absURL", "relLangURL", "absLangURL",
          "string":
        // addresses stay as written: the writers resolve them against the site
        need(name, a, 1);
        return Values.text(a.get(0));
      case "markdownify":
        need(name, a, 1);
        return new Safe(markdownify.apply(Values.text(a.get(0))));
      case "printf":
        if (a.isEmpty()) {
          throw new Unsupported("printf without a format");
        }
        return Printf.format(Values.text(a.get(0)), a.subList(1, a.size()));
      case "print": {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
          boolean strings = i > 0 && a.get(i) instanceof String && a.get(i - 1) instanceof String;
          b.append(i > 0 && !strings ? " " : "").append(Values.text(a.get(i)));
        }
        return b.toString();
      }
      case "urls.Parse":
        need(name, a, 1);
        return Urls.parse(Values.text(a.get(0)));
      case "not":
        need(name, a, 1);
        return !Values.truth(a.get(0));
      case "and": {
        atLeast(name, a, 1);
        for (Object o : a) {
          if (!Values.truth(o)) {
            return o;
          }
        }
        return a.get(a.size() - 1);
      }
      case "or": {
        atLeast(name, a, 1);
        for (Object o : a) {
          if (Values.truth(o)) {
            return o;
          }
        }
        return a.get(a.size() - 1);
      }
      case "eq": {
        atLeast(name, a, 2);
        for (int i = 1; i < a.size(); i++) {
          if (same(a.get(0), a.get(i))) {
            return true;
          }
        }
        return false;
      }
      case "ne":
        need(name, a, 2);
        return !same(a.get(0), a.get(1));
      case "lt", "le", "gt", "ge": {
        need(name, a, 2);
        int c = compare(a.get(0), a.get(1));
        return switch (name) {
          case "lt" -> c < 0;
          case "le" -> c <= 0;
          case "gt" -> c > 0;
          default -> c >= 0;
        };
      }
      case "index": {
        atLeast(name, a, 2);
        Object v = a.get(0);
        for (int i = 1; i < a.size(); i++) {
          v = index(v, a.get(i));
        }
        return v;
      }
      case "replace": {
        if (a.size() != 3) {
          throw new Unsupported("replace with " + a.size() + " arguments");
        }
        String old = Values.text(a.get(1));
        String s = Values.text(a.get(0));
        String replaced = old.isEmpty() ? s : s.replace(old, Values.text(a.get(2)));
        return a.get(0) instanceof Safe ? new Safe(replaced) : replaced;
      }
      case "lower", "strings.ToLower":
        need(name, a, 1);
        return Values.text(a.get(0)).toLowerCase(Locale.ROOT);
      case "upper", "strings.ToUpper":
        need(name, a, 1);
        return Values.text(a.get(0)).toUpperCase(Locale.ROOT);
      case "trim": {
        need(name, a, 2);
        String s = Values.text(a.get(0));
        String cut = Values.text(a.get(1));
        int from = 0;
        int to = s.length();
        while (from < to && cut.indexOf(s.charAt(from)) >= 0) {
          from++;
        }
        while (to > from && cut.indexOf(s.charAt(to - 1)) >= 0) {
          to--;
        }
        return s.substring(from, to);
      }
      case "strings.TrimSpace":
        need(name, a, 1);
        return Values.text(a.get(0)).strip();
      case "chomp":
        need(name, a, 1);
      {
        String s = Values.text(a.get(0));
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
          end--;
        }
        return s.substring(0, end);
      }
      case "strings.TrimPrefix": {
        need(name, a, 2);
        String p = Values.text(a.get(0));
        String s = Values.text(a.get(1));
        return s.startsWith(p) ? s.substring(p.length()) : s;
      }
      case "strings.TrimSuffix": {
        need(name, a, 2);
        String p = Values.text(a.get(0));
        String s = Values.text(a.get(1));
        return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
      }
      case "len": {
        need(name, a, 1);
        Object v = a.get(0);
        if (v instanceof Collection<?> c) {
          return (long) c.size();
        }
        if (v instanceof Map<?, ?> m) {
          return (long) m.size();
        }
        return (long) Values.text(v).length();
      }
      case "delimit": {
        atLeast(name, a, 2);
        if (!(a.get(0) instanceof List<?> l)) {
          throw new Unsupported("delimit of something not a list");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
          b.append(i > 0 ? Values.text(a.get(1)) : "").append(Values.text(l.get(i)));
        }
        return b.toString();
      }
      case "slice":
        return new ArrayList<>(a);
      case "htmlEscape":
        need(name, a, 1);
        return Values.escape(Values.text(a.get(0)));
      case "plainify":
        need(name, a, 1);
        return plain(Values.text(a.get(0)));
      case "errorf", "warnf":
        atLeast(name, a, 1);
        warn.accept(Values.text(Printf.format(Values.text(a.get(0)), a.subList(1, a.size()))));
        return "";
      case "isset": {
        need(name, a, 2);
        Object v = a.get(0);
        Object k = a.get(1);
        if (v instanceof Map<?, ?> m) {
          return m.containsKey(Values.text(k));
        }
        if (v instanceof List<?> l && k instanceof Long i) {
          return i >= 0 && i < l.size();
        }
        return false;
      }
      case "in": {
        need(name, a, 2);
        if (a.get(0) instanceof Collection<?> c) {
          for (Object o : c) {
            if (same(o, a.get(1))) {
              return true;
            }
          }
          return false;
        }
        return Values.text(a.get(0)).contains(Values.text(a.get(1)));
      }
      case "strings.HasPrefix", "hasPrefix":
        need(name, a, 2);
        return Values.text(a.get(0)).startsWith(Values.text(a.get(1)));
      case "strings.Contains":
        need(name, a, 2);
        return Values.text(a.get(0)).contains(Values.text(a.get(1)));
      default:
        throw new Unsupported("function '" + name + "'");
    }
  }

  private static Object index(Object v, Object key) {
    if (v instanceof List<?> l) {
      if (!(key instanceof Long i)) {
        throw new Unsupported("index of a list by " + Values.text(key));
      }
      return i >= 0 && i < l.size() ? l.get((int) (long) i) : null;
    }
    if (v instanceof Map<?, ?> m) {
      return m.get(Values.text(key));
    }
    if (v == null) {
      return null;
    }
    throw new Unsupported("index of " + v.getClass().getSimpleName());
  }

  private static boolean same(Object x, Object y) {
    if (x instanceof Number a && y instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (x == null || y == null) {
      return x == y;
    }
    if (x instanceof Boolean || y instanceof Boolean) {
      return x.equals(y);
    }
    return Values.text(x).equals(Values.text(y));
  }

  private static int compare(Object x, Object y) {
    if (x instanceof Number a && y instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    return Values.text(x).compareTo(Values.text(y));
  }

  /** Text without its tags, in one pass. */
  private static String plain(String html) {
    StringBuilder b = new StringBuilder(html.length());
    boolean inTag = false;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>' && inTag) {
        inTag = false;
      } else if (!inTag) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void need(String name, List<Object> a, int n) {
    if (a.size() != n) {
      throw new Unsupported(name + " with " + a.size() + " arguments");
    }
  }

  private static void atLeast(String name, List<Object> a, int n) {
    if (a.size() < n) {
      throw new Unsupported(name + " with " + a.size() + " arguments");
    }
  }
}
