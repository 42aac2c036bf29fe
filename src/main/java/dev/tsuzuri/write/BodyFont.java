package dev.tsuzuri.write;

/** The face body text is set in, for the writers that let users choose it (PDF, HTML). */
public enum BodyFont implements Setting.Choice {
  /** BIZ UDPGothic, the default: reads well on screens and slides. */
  SANS("sans"),
  /** BIZ UDPMincho for the body, headings in the gothic: reads like print. */
  SERIF("serif");

  private final String label;

  BodyFont(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The font a user named ("sans", "Serif").
   *
   * @throws InvalidOptionException naming the fonts when there is no such one
   */
  public static BodyFont parse(String value) {
    return Setting.Choice.parse(BodyFont.class, "font", value);
  }
}
