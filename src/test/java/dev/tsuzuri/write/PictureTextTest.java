package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PictureTextTest {
  @Test
  void alternativeIsAltThenDescriptionThenFileName() {
    assertEquals("会場の写真", PictureText.alternative("会場の写真", "題", "/img/a.png"));
    assertEquals("題", PictureText.alternative(" ", "題", "/img/a.png"));
    assertEquals("a.png", PictureText.alternative("", "", "/img/a.png?w=300#top"));
    assertEquals("image", PictureText.alternative("", "", "data:image/png;base64,AAAA"));
  }

  @Test
  void shortTextIsShownWhole() {
    String alt = "写".repeat(PictureText.MAX_SHOWN);
    assertEquals(alt, PictureText.shown(alt));
  }

  @Test
  void aMegabyteOfAltTextIsCutWithAnEllipsisNeverInsideASurrogatePair() {
    String shown = PictureText.shown("y".repeat(1 << 20));
    assertEquals(PictureText.MAX_SHOWN + 1, shown.length());
    assertTrue(shown.endsWith("…"));
    String emoji = "x" + "😀".repeat(PictureText.MAX_SHOWN);
    String cut = PictureText.shown(emoji);
    char last = cut.charAt(cut.length() - 2);
    assertTrue(!Character.isHighSurrogate(last), "no lone high surrogate before the ellipsis");
  }
}
