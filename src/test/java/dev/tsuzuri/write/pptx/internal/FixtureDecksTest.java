package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.PlainText;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's fixture notes, read by the real reader: nothing is lost, nothing overflows. */
class FixtureDecksTest {
  static final Path NOTES = Path.of("src/test/resources/notes");

  static Stream<Path> notes() throws IOException {
    return Files.list(NOTES).filter(p -> p.toString().endsWith(".md")).sorted();
  }

  static Document read(Path note) throws IOException {
    return new MarkdownReader(ReadOptions.defaults()).read(note, WarningSink.collecting("t"));
  }

  /** Headings and list items' own text, whitespace removed, as a reader would look for them. */
  static List<String> items(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Section s) {
        out.add(norm(s.titleText()));
        out.addAll(items(s.blocks()));
      } else if (b instanceof ListBlock l) {
        for (ListItem i : l.items()) {
          String t = norm(PlainText.of(i.lead()));
          if (!t.isEmpty()) {
            out.add(t);
          }
          out.addAll(items(i.rest()));
        }
      }
    }
    return out;
  }

  static String norm(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Every text of a deck, a slide at a time, whitespace removed. */
  static List<String> slideTexts(XMLSlideShow ppt) {
    List<String> out = new ArrayList<>();
    for (XSLFSlide s : ppt.getSlides()) {
      StringBuilder b = new StringBuilder();
      for (XSLFShape sh : s.getShapes()) {
        if (sh instanceof XSLFTextShape t) {
          b.append(t.getText());
        } else if (sh instanceof XSLFTable table) {
          for (XSLFTableRow r : table.getRows()) {
            for (XSLFTableCell c : r.getCells()) {
              b.append(c.getText());
            }
          }
        }
      }
      out.add(norm(b.toString()));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("notes")
  void everyHeadingAndItemIsOnASlideAndNothingOverflows(Path note) throws Exception {
    AwtFonts.register();
    Document doc = read(note);
    List<String> wanted = items(doc.blocks());
    for (DeckSplit mode : DeckSplit.values()) {
      Decks.Written w = Decks.write(doc, PptxOptions.builder().decks(mode).build(), NOTES);
      List<String> texts = new ArrayList<>();
      for (String file : w.files().keySet()) {
        try (XMLSlideShow ppt = w.open(file)) {
          texts.addAll(slideTexts(ppt));
          for (XSLFSlide s : ppt.getSlides()) {
            for (XSLFShape sh : s.getShapes()) {
              if (sh instanceof XSLFTextShape t && !t.getText().isBlank()) {
                double room = t.getAnchor().getHeight() - t.getInsets().top
                    - t.getInsets().bottom;
                assertTrue(t.getTextHeight() <= room + 0.5, note + " " + file + " slide "
                    + s.getSlideNumber() + ": " + t.getText());
              }
            }
          }
        }
      }
      for (String item : wanted) {
        assertTrue(texts.stream().anyMatch(t -> t.contains(item)), note + " (" + mode
            + ") lost: " + item);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("notes")
  void imagesBecomePictureSlidesKeepingTheirAspect(Path note) throws Exception {
    if (!note.getFileName().toString().equals("shortcodes.md")) {
      return;
    }
    Decks.Written w = Decks.write(read(note), PptxOptions.defaults(), NOTES);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      List<XSLFPictureShape> pictures = new ArrayList<>();
      for (XSLFSlide s : ppt.getSlides()) {
        for (XSLFShape sh : s.getShapes()) {
          if (sh instanceof XSLFPictureShape p) {
            pictures.add(p);
            assertTrue(slideTexts(ppt).get(s.getSlideNumber() - 1).contains("構成"),
                "caption on the picture's slide");
          }
        }
      }
      assertEquals(1, pictures.size());
      XSLFPictureShape p = pictures.get(0);
      java.awt.Dimension px = p.getPictureData().getImageDimension();
      double ratio = (double) px.width / px.height;
      double shown = p.getAnchor().getWidth() / p.getAnchor().getHeight();
      assertEquals(ratio, shown, 0.01);
      assertTrue(p.getAnchor().getMaxX() <= ppt.getPageSize().width);
      assertTrue(p.getAnchor().getMaxY() <= ppt.getPageSize().height);
    }
  }
}
