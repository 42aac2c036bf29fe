package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.DateStyle;
import dev.tsuzuri.write.pptx.PptxOptions;
import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.font.BundledFont;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.slide.Deck;
import dev.tsuzuri.slide.PlanOptions;
import dev.tsuzuri.slide.SlidePlanner;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The PowerPoint writer: plans the note's decks with measured pagination, then writes each deck
 * into a copy of the template. One deck goes to {@code stem.pptx}; per-session decks go to
 * {@code stem/NN-title.pptx}.
 */
public final class PptxWriter implements DocumentWriter {
  /** More slides than this for one note is refused (a runaway note, not a talk). */
  static final int MAX_SLIDES = 3000;

  @Override
  public void write(Document document, WriteContext context) throws IOException {
    for (Planned p : plan(document, context)) {
      try (OutputStream out = context.outputs().open(p.file())) {
        out.write(p.bytes());
      }
    }
  }

  /**
   * A deck ready to write.
   *
   * @param file its output name
   * @param deck the plan it was made from
   * @param bytes the .pptx file
   */
  public record Planned(String file, Deck deck, byte[] bytes) {}

  /** Registers the measured faces and prepares the template and a measuring copy of it. */
  @Override
  public void prepare(WriteOptions options) {
    registerFonts();
    PptxOptions o = options.get(PptxOptions.class, PptxOptions::defaults);
    PreparedTemplate template = PreparedTemplate.of(MarpTemplate.of(o.template()));
    Scratch scratch = template.borrow();
    try {
      scratch.measurer(TextStyle.forLang("ja"));
    } finally {
      template.release(scratch);
    }
  }

  /** The faces TextStyle sets (text and code, regular and bold). */
  private static void registerFonts() {
    AwtFonts.register(BundledFont.GOTHIC, BundledFont.GOTHIC_BOLD, BundledFont.MONO,
        BundledFont.MONO_BOLD);
  }

  /** Plans and renders every deck of a document, without writing anything. */
  public static List<Planned> plan(Document document, WriteContext context) throws IOException {
    PptxOptions options = context.options().get(PptxOptions.class, PptxOptions::defaults);
    return plan(document, context, PreparedTemplate.of(MarpTemplate.of(document,
        options.template(), context.warnings())));
  }

  /** Plans and renders every deck of a document on a prepared template. */
  static List<Planned> plan(Document document, WriteContext context, PreparedTemplate template)
      throws IOException {
    registerFonts();
    PptxOptions options = context.options().get(PptxOptions.class, PptxOptions::defaults);
    for (String problem : template.problems) {
      context.warnings().warn(template.name + ": " + problem);
    }
    TextStyle style = TextStyle.forLang(document.metadata().lang());
    Scratch scratch = template.borrow();
    try {
      TextMeasurer measurer = scratch.measurer(style);
      TextFiller filler = measurer.filler();
      PoiFit fit = new PoiFit(scratch, template.bodyArea, filler, measurer);
      boolean perSession = options.decks() == dev.tsuzuri.write.pptx.DeckSplit.SESSION;
      List<Deck> decks = SlidePlanner.plan(document,
          new PlanOptions(perSession, options.sessionLevel()), fit, context.stem());
      int total = decks.stream().mapToInt(d -> d.slides().size()).sum();
      if (total > MAX_SLIDES) {
        throw new dev.tsuzuri.diag.TsuzuriException("the note makes " + total + " slides, more than "
            + "the " + MAX_SLIDES + " tsuzuri writes for one note; split it into smaller notes");
      }
      String title = document.title().isBlank() ? context.stem() : document.title();
      Footer footer = new Footer(footerText(document, title), style);
      DeckRenderer renderer = new DeckRenderer(template, scratch, style, measurer, footer,
          context, fit);
      List<Planned> out = new ArrayList<>();
      for (Deck d : decks) {
        String file = perSession
            ? context.stem() + "/" + FileNames.deck(d.number(), d.name()) + ".pptx"
            : context.stem() + ".pptx";
        out.add(new Planned(file, d, renderer.render(d, title)));
      }
      return out;
    } finally {
      template.release(scratch);
    }
  }

  private static String footerText(Document document, String title) {
    String date = DateStyle.date(document.metadata());
    return date.isEmpty() ? title : title + "  |  " + date;
  }
}
