package dev.tsuzuri.write.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinsokuBreakerTest {
  private static List<String> pieces(String text) {
    KinsokuBreaker b = new KinsokuBreaker();
    b.setText(text);
    List<String> out = new ArrayList<>();
    int at = 0;
    for (int p = b.next(); p != BreakIterator.DONE; p = b.next()) {
      out.add(text.substring(at, p));
      at = p;
    }
    return out;
  }

  @Test
  void neverBreaksBeforeClosingMarksSmallKanaOrProlongedSound() {
    String text = "「東京」は、きょうもコーヒー（たぶん）。ちょっと…待って・ください！ァィゥ";
    for (String piece : pieces(text)) {
      if (piece.isEmpty()) {
        continue;
      }
      assertTrue(KinsokuBreaker.NO_START.indexOf(piece.codePointAt(0)) < 0
          || piece.equals(text.substring(0, piece.length())), "line would start: " + piece);
      assertTrue(KinsokuBreaker.NO_END.indexOf(piece.codePointBefore(piece.length())) < 0,
          "line would end: " + piece);
    }
    assertEquals(text, String.join("", pieces(text)));
  }

  @Test
  void keepsLatinWordsWholeButBreaksBetweenThem() {
    List<String> p = pieces("serverless architecture");
    assertEquals(List.of("serverless ", "architecture"), p);
    assertEquals(List.of("case-insensitive ", "match"), pieces("case-insensitive match"));
  }

  @Test
  void allowsBreaksBetweenPlainJapaneseCharacters() {
    assertTrue(pieces("信頼性を高める").size() > 3);
    assertFalse(KinsokuBreaker.allowed("コーヒー", 1), "before ー");
    assertFalse(KinsokuBreaker.allowed("「東京", 1), "after 「");
    assertFalse(KinsokuBreaker.allowed("です。", 2), "before 。");
    assertTrue(KinsokuBreaker.allowed("東京都", 1));
  }
}
