package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's snapshot of the bundled PowerPoint template holds what POI reads of it now. */
class DeckSnapshotTest {

  private static byte[] onClassPath() throws IOException {
    try (InputStream in = DeckSnapshot.class.getResourceAsStream(DeckSnapshot.RESOURCE)) {
      assertNotNull(in, "target/classes" + DeckSnapshot.RESOURCE
          + " is missing: run the build (process-classes)");
      return in.readAllBytes();
    }
  }

  @Test
  void theBuildsSnapshotIsWhatPoiReadsOfTheTemplateInTheTree() throws IOException {
    // fails when the template or a reading class changed and the snapshot was not made again
    byte[] made = SnapshotFacts.write(PoiPreparation.snapshot(), DeckSnapshot.checksum());
    assertArrayEquals(made, onClassPath());
    DeckSnapshot restored = DeckSnapshot.restoreBundled();
    assertNotNull(restored);
    // read back, it writes the same bytes: nothing is lost in the round trip
    assertArrayEquals(made, SnapshotFacts.write(restored, DeckSnapshot.checksum()));
  }

  @Test
  void narrowedBoxesAreWhatPoiReadsOfNarrowedSlides() throws IOException {
    DeckSnapshot snapshot = DeckSnapshot.restoreBundled();
    assertNotNull(snapshot);
    PoiScratch poi = PoiScratch.open(Template.of(null).bytes(), "bundled template");
    TextFiller filler = new TextFiller(TextStyle.forLang("ja"));
    for (int percent = 1; percent <= 99; percent++) {
      assertEquals(PoiPreparation.facts(poi.narrowed(percent), filler),
          snapshot.content().narrowed(snapshot.pageWidth(), percent), "text " + percent + "%");
    }
  }

  @Test
  void whatTheSnapshotDoesNotCoverIsMeasuredByPoiOpenedOnce() throws IOException {
    dev.tsuzuri.font.AwtFonts.register();
    DeckSnapshot snapshot = DeckSnapshot.restoreBundled();
    assertNotNull(snapshot);
    byte[] template = Template.of(null).bytes();
    TextStyle style = TextStyle.forLang("ja");
    SnapshotScratch known = new SnapshotScratch(snapshot,
        () -> PoiScratch.open(template, "bundled template"));
    PoiScratch poi = PoiScratch.open(template, "bundled template");
    // a tab: the fast layout leaves it to POI, which widens it to spaces first
    var line = dev.tsuzuri.slide.Line.of(0, dev.tsuzuri.slide.Line.Kind.CODE, "",
        List.of(dev.tsuzuri.slide.Run.plain("\tfor i in range(3):\tprint(i)")));
    int opened = SnapshotScratch.poiOpened();
    TextMeasurer.Measured fromKnown = known.measurer(style).line(known.content().body(), line);
    assertEquals(opened + 1, SnapshotScratch.poiOpened());
    TextMeasurer.Measured fromPoi = poi.measurer(style).line(poi.content().body(), line);
    assertEquals(fromPoi, fromKnown);
    List<dev.tsuzuri.slide.Run> cell = List.of(dev.tsuzuri.slide.Run.plain("a\tb"));
    assertEquals(new TableMaker(poi.measurer(style)).layOut(poi.titleOnly(),
            table(cell), new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400)).height(),
        new TableMaker(known.measurer(style)).layOut(known.titleOnly(), table(cell),
            new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400)).height());
    // the copy POI opened is kept for the rest of the document
    assertEquals(opened + 1, SnapshotScratch.poiOpened());
  }

  @Test
  void aPageTheFitMeasuresAsAWholeFitsAsPoisLayoutOfTheWholePage() throws IOException {
    dev.tsuzuri.font.AwtFonts.register();
    PoiScratch poi = PoiScratch.open(Template.of(null).bytes(), "bundled template");
    TextStyle style = TextStyle.forLang("ja");
    TextMeasurer measurer = poi.measurer(style);
    PoiFit fit = new PoiFit(poi, new java.awt.geom.Rectangle2D.Double(), measurer.filler(),
        measurer);
    List<dev.tsuzuri.slide.Line> lines = PoiFitHeightsTest.randomLines(new java.util.Random(5));
    int checked = 0;
    for (int start = 0; start + 1 < lines.size(); start += 2) {
      List<dev.tsuzuri.slide.Line> page = lines.subList(start, Math.min(lines.size(),
          start + 1 + start % 9));
      for (int percent : new int[] {100, 60}) {
        for (double size : new double[] {0, 16}) {
          TextBox body = (percent < 100 ? poi.narrowed(percent) : poi.content()).body();
          double whole = body.pageHeightByPoi(measurer.filler().sized(size, 0), page);
          if (Math.abs(whole - body.room()) > 1e-6) {
            assertEquals(whole <= body.room(), fit.pageFits(page, percent, size, 0),
                "page at " + start + ", " + percent + "%, " + size + " pt");
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 100, "pages checked: " + checked);
  }

  private static dev.tsuzuri.slide.TableContent table(List<dev.tsuzuri.slide.Run> cell) {
    return new dev.tsuzuri.slide.TableContent(List.of("", ""), List.of(1.0, 1.0),
        List.of(List.of(cell, cell)), List.of(List.of(cell, cell), List.of(cell, cell)));
  }

  @Test
  void aSnapshotOfOtherPartsOrDamagedIsNotUsed() throws IOException {
    byte[] bytes = onClassPath();
    assertNull(SnapshotFacts.read(bytes, DeckSnapshot.checksum() + 1));
    assertThrows(IOException.class,
        () -> SnapshotFacts.read(Arrays.copyOf(bytes, bytes.length / 2), DeckSnapshot.checksum()));
  }
}
