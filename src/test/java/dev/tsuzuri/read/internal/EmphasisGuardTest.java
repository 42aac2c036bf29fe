package dev.tsuzuri.read.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmphasisGuardTest {
  @Test
  void ordinaryNotesAreParsedNormally() {
    String boldList = "- **重要** な *点* と [リンク](https://example.com) と `code`\n".repeat(500);
    assertFalse(EmphasisGuard.tooManyDelimiters(boldList));
    assertFalse(EmphasisGuard.tooManyDelimiters("*".repeat(100_000)), "one run, however long");
  }

  @Test
  void thousandsOfRunsInOneParagraphAreReadFlat() {
    assertTrue(EmphasisGuard.tooManyDelimiters("*a ".repeat(3_000) + "a*".repeat(3_000)));
    assertTrue(EmphasisGuard.tooManyDelimiters("![".repeat(6_000)));
  }

  @Test
  void theCountStartsAgainAfterABlankLine() {
    String paragraph = "**a** ".repeat(1_000) + "\n\n";
    assertFalse(EmphasisGuard.tooManyDelimiters(paragraph.repeat(20)));
  }
}
