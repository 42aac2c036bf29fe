package dev.tsuzuri.write;

/** The options of a writer that has none to choose, such as {@code json}. */
public record NoOptions() {
  /** The one value. */
  public static final NoOptions INSTANCE = new NoOptions();
}
