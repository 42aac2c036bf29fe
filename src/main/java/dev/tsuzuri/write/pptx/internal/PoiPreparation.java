package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayOutputStream;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Prepares a template by reading it with POI: a user's template, and the bundled one when its
 * build-time snapshot is missing or out of date (and at build time, to make the snapshot).
 */
final class PoiPreparation {
  private PoiPreparation() {}

  /** Reads a template with POI; the copy read is kept as the first scratch to measure in. */
  static PreparedTemplate prepare(Template template) {
    String name = template.name();
    XMLSlideShow ppt = template.open();
    try {
      // refuse a template without the layouts slides need before anything else
      Layouts layouts = Layouts.find(ppt, name);
      byte[] clean = template.bytes();
      if (!ppt.getSlides().isEmpty() || ppt.getNotesMaster() == null
          || !hasPart(ppt, "/docProps/core.xml")) {
        clean = cleaned(ppt, layouts);
        ppt.close();
        ppt = Templates.open(clean, name);
      }
      PreparedTemplate prepared = new PreparedTemplate(name, template.bytes(), clean,
          PoiAnalysis.of(ppt, name), null);
      // the copy read is the first one lent to measure in
      prepared.release(PoiScratch.of(ppt, name));
      return prepared;
    } catch (IOException | RuntimeException e) {
      try {
        ppt.close();
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      if (e instanceof TsuzuriException t) {
        throw t;
      }
      throw new TsuzuriException(name, 0, "not a usable PowerPoint template ("
          + e.getMessage() + ")", e);
    }
  }

  /**
   * The template as a deck without slides, with a notes master and document properties: a
   * template's sample slides are not part of the deck, and notes pages need a master.
   */
  private static byte[] cleaned(XMLSlideShow ppt, Layouts layouts) throws IOException {
    if (ppt.getNotesMaster() == null) {
      // POI makes a notes master from a slide's theme: it needs a slide, removed below
      ppt.createSlide(layouts.content());
      ppt.createNotesMaster();
    }
    while (!ppt.getSlides().isEmpty()) {
      ppt.removeSlide(0);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ppt.write(out);
    return out.toByteArray();
  }

  private static boolean hasPart(XMLSlideShow ppt, String name) {
    try {
      return ppt.getPackage().getPart(
          org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name)) != null;
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      return false;
    }
  }

  /**
   * The bundled template read by POI as the snapshot keeps it (done at build time): what slides
   * are written from, and what measuring reads of each text box of the measuring slides and of
   * table cells, for every kind of paragraph.
   */
  static DeckSnapshot snapshot() {
    PreparedTemplate prepared = prepare(Template.of(null));
    PoiScratch scratch = (PoiScratch) prepared.borrow();
    TextFiller filler = new TextFiller(TextStyle.forLang("ja"));
    java.awt.Dimension page = scratch.pageSize();
    return new DeckSnapshot(prepared.analysis(), prepared.cleanedOrNull(), page.width,
        page.height, facts(scratch.content(), filler), facts(scratch.titleOnly(), filler),
        facts(scratch.title(), filler), facts(scratch.section(), filler),
        PoiTables.metrics(scratch.titleOnly().slide(), filler, false),
        PoiTables.metrics(scratch.titleOnly().slide(), filler, true));
  }

  /** What measuring reads of a slide's boxes. */
  static DeckSnapshot.SlideFacts facts(PoiSlide slide, TextFiller filler) {
    boolean subtitleIsBody = slide.subtitleOrBody() != null
        && slide.subtitleOrBody().equals(slide.body());
    return new DeckSnapshot.SlideFacts(slide.layoutPart(), facts(slide.title(), filler),
        facts(slide.body(), filler), subtitleIsBody ? null : facts(slide.subtitleOrBody(), filler),
        subtitleIsBody);
  }

  /** What measuring reads of a box: every kind of body paragraph and a title's. */
  static BoxFacts facts(PoiBox box, TextFiller filler) {
    if (box == null) {
      return null;
    }
    List<Run> title = List.of(Run.plain("見出し"));
    Map<BoxFacts.StyleKey, Optional<ParagraphStyle>> body = new LinkedHashMap<>();
    for (int level = 0; level <= TextFiller.MAX_LEVEL; level++) {
      for (Line.Kind kind : Line.Kind.values()) {
        for (boolean continued : kind == Line.Kind.BULLET ? new boolean[] {false, true}
            : new boolean[] {false}) {
          Line line = new Line(level, kind, kind == Line.Kind.NUMBER ? "1." : "",
              List.of(Run.plain("あ")), false, continued);
          body.put(BoxFacts.StyleKey.of(line), box.bodyStyle(filler, line));
        }
      }
    }
    Insets2D in = box.shape().getInsets();
    return new BoxFacts(box.anchor(), in.top, in.left, in.bottom, in.right, box.room(),
        box.excessLimit(), box.layoutSize(filler, title), box.titleStyle(filler, title), body);
  }
}
