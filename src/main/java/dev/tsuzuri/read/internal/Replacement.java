package dev.tsuzuri.read.internal;

/**
 * A piece of the body the pre-pass replaces: [start, end) by a placeholder, by other Markdown,
 * or (all null) by nothing. A shortcode tag stays unresolved ({@code tag} set) until
 * {@link ShortcodePairing} has matched it with its closing tag.
 */
record Replacement(int start, int end, Placeholder placeholder, ShortcodeTag tag,
    String markdown) {

  static Replacement removal(int start, int end) {
    return new Replacement(start, end, null, null, null);
  }

  static Replacement placeholder(int start, int end, Placeholder placeholder) {
    return new Replacement(start, end, placeholder, null, null);
  }

  static Replacement markdown(int start, int end, String markdown) {
    return new Replacement(start, end, null, null, markdown);
  }

  static Replacement tag(ShortcodeTag tag) {
    return new Replacement(tag.start(), tag.end(), null, tag, null);
  }
}
