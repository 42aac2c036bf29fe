package dev.tsuzuri.write;

/**
 * What a piece of code is, as {@link CodeTokenizer} tells it; {@link CodeColors} gives each kind
 * one colour for every format.
 */
public enum TokenKind {
  /** Anything not coloured: operators, punctuation, names, white space. */
  PLAIN,
  /** A reserved word of the language ({@code if}, {@code def}, {@code SELECT}). */
  KEYWORD,
  /** A built-in or declared type name ({@code int}, {@code String}). */
  TYPE,
  /** A name called as a function: a name directly followed by {@code (}. */
  FUNCTION,
  /** A string or character literal, quotes included. */
  STRING,
  /** A number literal. */
  NUMBER,
  /** A comment, its markers included. */
  COMMENT
}
