package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentSetupTest {
  @Test
  void languagesAsWordWritesThem() {
    assertEquals("ja-JP", DocumentSetup.wordLanguage("ja"));
    assertEquals("ja-JP", DocumentSetup.wordLanguage("ja-jp"));
    assertEquals("ja-JP", DocumentSetup.wordLanguage("ja_JP"));
    assertEquals("en-US", DocumentSetup.wordLanguage("en"));
    assertEquals("en-GB", DocumentSetup.wordLanguage("en-gb"));
    assertEquals("zh-Hant-TW", DocumentSetup.wordLanguage("zh-hant-tw"));
    assertEquals("ja-JP", DocumentSetup.wordLanguage(""));
  }
}
