package dev.tsuzuri.read.internal.template;

/**
 * One token of a template action.
 *
 * @param kind what it is
 * @param text its text: a string's value unquoted, a field chain with its dots ({@code
 *     .Page.Title}), a variable with its {@code $}
 * @param spaced true when white space comes before it (a field chain right after {@code )}
 *     applies to the parenthesised value)
 */
record Token(Kind kind, String text, boolean spaced) {
  enum Kind {
    /** A function or keyword name: {@code if}, {@code default}, {@code urls.Parse}. */
    IDENT,
    /** {@code .} or {@code .Field.Field}. */
    FIELD,
    /** {@code $} or {@code $name}, with any field chain after it ({@code $x.Host}). */
    VARIABLE,
    STRING,
    NUMBER,
    /** {@code (}, {@code )}, {@code |}, {@code ,}, {@code :=}, {@code =}. */
    PUNCT
  }
}
