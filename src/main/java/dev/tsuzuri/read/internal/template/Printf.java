package dev.tsuzuri.read.internal.template;

import java.util.List;

/** Go's {@code printf} for the verbs templates use: {@code %s %v %d %q %t %%}. */
final class Printf {
  private Printf() {}

  static String format(String format, List<Object> args) {
    StringBuilder b = new StringBuilder(format.length() + 32);
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        b.append(c);
        continue;
      }
      if (++i >= format.length()) {
        b.append("%!(NOVERB)");
        break;
      }
      char verb = format.charAt(i);
      if (verb == '%') {
        b.append('%');
        continue;
      }
      if ("svdqt".indexOf(verb) < 0) {
        throw new Unsupported("printf verb %" + verb);
      }
      if (next >= args.size()) {
        b.append("%!").append(verb).append("(MISSING)");
        continue;
      }
      Object a = args.get(next++);
      String text = Values.text(a);
      b.append(verb == 'q' ? "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
          : text);
    }
    return b.toString();
  }
}
