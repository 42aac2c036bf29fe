package dev.tsuzuri.write.pptx;

import dev.tsuzuri.write.InvalidOptionException;
import dev.tsuzuri.write.Setting;

/** How a note is split into PowerPoint decks. */
public enum DeckSplit implements Setting.Choice {
  /** One .pptx for the note, a section per session (the default). */
  DOCUMENT("document"),
  /** One .pptx per session: {@code OUT/<stem>/<NN>-<title>.pptx}. */
  SESSION("session");

  private final String label;

  DeckSplit(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The split a user named ("document", "session").
   *
   * @throws InvalidOptionException naming the splits when there is no such one
   */
  public static DeckSplit parse(String value) {
    return Setting.Choice.parse(DeckSplit.class, "decks", value);
  }
}
