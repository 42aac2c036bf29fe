package org.example.tally;

import dev.tsuzuri.write.InvalidOptionException;

/**
 * The tally writer's one option.
 *
 * @param label the first line of the tally ({@code --tally-label}), not blank
 */
public record TallyOptions(String label) {
  public TallyOptions {
    if (label == null || label.isBlank()) {
      throw new InvalidOptionException("tally-label", "must not be blank");
    }
  }
}
