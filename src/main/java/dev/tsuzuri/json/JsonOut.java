package dev.tsuzuri.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The one JSON writer: objects, arrays, strings with complete escaping (controls, lone
 * surrogates and the line separators JavaScript chokes on as {@code \\u} escapes), numbers,
 * booleans and null, pretty-printed with two-space indentation so dumps diff well.
 */
public final class JsonOut {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  /** Whether the current container has a member yet (one flag per open level). */
  private boolean[] hasMember = new boolean[16];

  public JsonOut beginObject() {
    return open('{');
  }

  public JsonOut endObject() {
    return close('}');
  }

  public JsonOut beginArray() {
    return open('[');
  }

  public JsonOut endArray() {
    return close(']');
  }

  /** Starts a member of the current object; the value follows. */
  public JsonOut name(String name) {
    separator();
    string(name);
    out.append(": ");
    return this;
  }

  /** Starts an element of the current array (needed only before nested values). */
  public JsonOut element() {
    separator();
    return this;
  }

  public JsonOut value(String s) {
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    return this;
  }

  public JsonOut value(boolean b) {
    out.append(b);
    return this;
  }

  public JsonOut value(long n) {
    out.append(n);
    return this;
  }

  /** Any plain value: strings, numbers, booleans, null, lists and maps of them. */
  public JsonOut any(Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Boolean b) {
      value(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte || v instanceof BigInteger) {
      out.append(v);
    } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        value(String.valueOf(v));
      } else {
        out.append(v instanceof BigDecimal bd ? bd.toString() : String.valueOf(v));
      }
    } else if (v instanceof Map<?, ?> map) {
      beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        name(String.valueOf(e.getKey())).any(e.getValue());
      }
      endObject();
    } else if (v instanceof Iterable<?> list) {
      beginArray();
      for (Object o : list) {
        element().any(o);
      }
      endArray();
    } else {
      value(String.valueOf(v));
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private JsonOut open(char c) {
    out.append(c);
    depth++;
    if (depth >= hasMember.length) {
      hasMember = java.util.Arrays.copyOf(hasMember, depth * 2);
    }
    hasMember[depth] = false;
    return this;
  }

  private JsonOut close(char c) {
    boolean any = hasMember[depth];
    depth--;
    if (any) {
      newline();
    }
    out.append(c);
    return this;
  }

  private void separator() {
    if (hasMember[depth]) {
      out.append(',');
    }
    hasMember[depth] = true;
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
              && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(s.charAt(i - 1)));
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F || loneSurrogate) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
