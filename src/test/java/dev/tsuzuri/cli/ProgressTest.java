package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aFewOutputsAreAllNamed() {
    assertEquals("/o/a.pdf, /o/a.docx",
        Progress.listed(List.of(Path.of("/o/a.pdf"), Path.of("/o/a.docx"))));
  }

  @Test
  void manyOutputsAreCounted() {
    List<Path> slides = new ArrayList<>();
    for (int i = 1; i <= 74; i++) {
      slides.add(Path.of("/o/deck/slide-" + i + ".png"));
    }
    assertEquals("/o/deck/slide-1.png, /o/deck/slide-2.png, /o/deck/slide-3.png, "
        + "/o/deck/slide-4.png, /o/deck/slide-5.png and 69 more files", Progress.listed(slides));
  }
}
