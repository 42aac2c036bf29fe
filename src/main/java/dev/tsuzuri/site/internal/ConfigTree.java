package dev.tsuzuri.site.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merged configuration: tables merged key by key, a later file's value winning over an
 * earlier one's, with typed lookups that never fail (a value of the wrong type counts as absent).
 */
public final class ConfigTree {
  private final Map<String, Object> root = new LinkedHashMap<>();

  /** Merges a file's content in under the given keys; its values win. */
  public void merge(List<String> prefix, Map<String, Object> values) {
    Map<String, Object> at = root;
    for (String key : prefix) {
      Object next = at.get(key);
      if (!(next instanceof Map<?, ?>)) {
        next = new LinkedHashMap<String, Object>();
        at.put(key, next);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) next;
      at = m;
    }
    mergeInto(at, values);
  }

  @SuppressWarnings("unchecked")
  private static void mergeInto(Map<String, Object> into, Map<String, Object> values) {
    // iterative over the tables, so a deep file cannot exhaust the stack
    List<Map<String, Object>[]> todo = new ArrayList<>();
    todo.add(new Map[] {into, values});
    while (!todo.isEmpty()) {
      Map<String, Object>[] pair = todo.remove(todo.size() - 1);
      for (Map.Entry<String, Object> e : pair[1].entrySet()) {
        Object old = pair[0].get(e.getKey());
        if (old instanceof Map<?, ?> om && e.getValue() instanceof Map<?, ?> nm) {
          Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) om);
          pair[0].put(e.getKey(), copy);
          todo.add(new Map[] {copy, (Map<String, Object>) nm});
        } else {
          pair[0].put(e.getKey(), e.getValue());
        }
      }
    }
  }

  /** The whole tree. */
  public Map<String, Object> map() {
    return root;
  }

  /** The value at a dotted path of lower-case keys ("params.author"), or null. */
  public static Object get(Map<String, Object> from, String path) {
    Object at = from;
    for (String key : path.split("\\.")) {
      if (!(at instanceof Map<?, ?> m)) {
        return null;
      }
      at = m.get(key);
    }
    return at;
  }

  /** The text at a path, or "" (numbers and booleans as written). */
  public static String string(Map<String, Object> from, String path) {
    Object v = get(from, path);
    return v == null || v instanceof Map || v instanceof Collection ? "" : String.valueOf(v).strip();
  }

  /** The table at a path, or an empty one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> table(Map<String, Object> from, String path) {
    Object v = get(from, path);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The texts at a path: a list's strings, or a single string as a list of one. */
  public static List<String> strings(Map<String, Object> from, String path) {
    Object v = get(from, path);
    List<String> out = new ArrayList<>();
    if (v instanceof Collection<?> c) {
      for (Object o : c) {
        if (o != null && !(o instanceof Map) && !(o instanceof Collection)
            && !String.valueOf(o).isBlank()) {
          out.add(String.valueOf(o).strip());
        }
      }
    } else if (v != null && !(v instanceof Map) && !String.valueOf(v).isBlank()) {
      out.add(String.valueOf(v).strip());
    }
    return out;
  }

  /** The boolean at a path ({@code true}, or the text "true"); false otherwise. */
  public static boolean bool(Map<String, Object> from, String path) {
    Object v = get(from, path);
    return v instanceof Boolean b ? b : v instanceof String s && s.strip().equalsIgnoreCase("true");
  }

  /** The integer at a path, or the fallback. */
  public static int integer(Map<String, Object> from, String path, int fallback) {
    Object v = get(from, path);
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return v instanceof String s ? Integer.parseInt(s.strip()) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
