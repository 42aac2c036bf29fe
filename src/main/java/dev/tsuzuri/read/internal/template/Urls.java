package dev.tsuzuri.read.internal.template;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code urls.Parse}: the parts of an address, as the fields of Go's {@code url.URL}. */
final class Urls {
  private Urls() {}

  /** The address's Scheme, Host, Path, RawQuery and Fragment ("" for a part it lacks). */
  static Map<String, Object> parse(String url) {
    Map<String, Object> m = new LinkedHashMap<>();
    String rest = url.strip();
    String scheme = "";
    int colon = rest.indexOf(':');
    int slash = rest.indexOf('/');
    if (colon > 0 && (slash < 0 || colon < slash) && rest.substring(0, colon)
        .chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
      scheme = rest.substring(0, colon);
      rest = rest.substring(colon + 1);
    }
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String host = "";
    if (rest.startsWith("//")) {
      int end = rest.indexOf('/', 2);
      host = end < 0 ? rest.substring(2) : rest.substring(2, end);
      rest = end < 0 ? "" : rest.substring(end);
      int at = host.lastIndexOf('@');
      if (at >= 0) {
        host = host.substring(at + 1);
      }
    }
    m.put("Scheme", scheme);
    m.put("Host", host);
    m.put("Path", rest);
    m.put("RawQuery", query);
    m.put("Fragment", fragment);
    return m;
  }
}
