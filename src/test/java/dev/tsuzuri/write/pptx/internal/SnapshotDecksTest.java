package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/**
 * Decks made on the bundled template's snapshot are the decks made on the template POI reads,
 * byte for byte: lists five and more deep, code (with tabs), tables, pictures, callouts, notes,
 * Marp pages with side pictures and fitted text, long titles, per-session decks.
 */
class SnapshotDecksTest {
  private static final Path OWN = Path.of("src/test/resources/pptx-snapshot");

  static Stream<Path> notes() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path folder : List.of(OWN, FixtureDecksTest.NOTES)) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @Test
  void decksOnTheSnapshotAreTheDecksPoiMeasures() throws IOException {
    DeckSnapshot snapshot = DeckSnapshot.restoreBundled();
    assertNotNull(snapshot, "target/classes" + DeckSnapshot.RESOURCE
        + " is missing or out of date: run the build (process-classes)");
    Template bundled = Template.of(null);
    PreparedTemplate byPoi = PoiPreparation.prepare(bundled);
    PreparedTemplate known = new PreparedTemplate(bundled.name(), bundled.bytes(),
        bundled.bytes(), snapshot.analysis(), snapshot);
    int opened = SnapshotScratch.poiOpened();
    int decks = 0;
    for (Path note : notes().toList()) {
      Document doc = FixtureDecksTest.read(note);
      for (DeckSplit split : DeckSplit.values()) {
        PptxOptions options = PptxOptions.builder().decks(split).build();
        List<String> poiWarnings = new ArrayList<>();
        List<String> fastWarnings = new ArrayList<>();
        List<PptxWriter.Planned> poi = plan(doc, note, options, byPoi, poiWarnings);
        List<PptxWriter.Planned> fast = plan(doc, note, options, known, fastWarnings);
        assertEquals(poiWarnings, fastWarnings, note + " " + split);
        assertEquals(poi.size(), fast.size(), note + " " + split);
        for (int i = 0; i < poi.size(); i++) {
          assertEquals(poi.get(i).file(), fast.get(i).file());
          assertArrayEquals(poi.get(i).bytes(), fast.get(i).bytes(),
              note + " " + split + ": " + poi.get(i).file());
          decks++;
        }
      }
    }
    assertTrue(decks >= 20, "decks compared: " + decks);
    // everything these notes need was in the snapshot
    assertEquals(opened, SnapshotScratch.poiOpened(), "POI was opened for a fixture");
  }

  @Test
  void aMarpDeckOnTheSnapshotOpensNoPoi() throws IOException {
    DeckSnapshot snapshot = DeckSnapshot.restoreBundled();
    assertNotNull(snapshot);
    Template bundled = Template.of(null);
    PreparedTemplate known = new PreparedTemplate(bundled.name(), bundled.bytes(),
        bundled.bytes(), snapshot.analysis(), snapshot);
    Path note = OWN.resolve("marp-side.md");
    int opened = SnapshotScratch.poiOpened();
    List<PptxWriter.Planned> decks = plan(FixtureDecksTest.read(note), note,
        PptxOptions.defaults(), known, new ArrayList<>());
    assertEquals(opened, SnapshotScratch.poiOpened(), "POI was opened for " + note);
    // and the deck is a deck: POI reads it back with its slides
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(decks.get(0).bytes()))) {
      assertTrue(ppt.getSlides().size() > 6, "slides: " + ppt.getSlides().size());
    }
  }

  private static List<PptxWriter.Planned> plan(Document doc, Path note, PptxOptions options,
      PreparedTemplate template, List<String> warnings) throws IOException {
    WarningSink w = WarningSink.collecting(note.getFileName().toString());
    WriteContext ctx = new WriteContext("note", new MemoryOutputs(),
        new Resources(note.getParent(), List.of(), w), WriteOptions.defaults().with(options), w);
    List<PptxWriter.Planned> decks = PptxWriter.plan(doc, ctx, template);
    w.warnings().forEach(x -> warnings.add(x.toString()));
    return decks;
  }
}
