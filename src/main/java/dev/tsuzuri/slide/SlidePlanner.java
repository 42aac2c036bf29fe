package dev.tsuzuri.slide;

import dev.tsuzuri.write.DateStyle;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the decks of a note: outline in, slides out, no file format involved (pandoc's
 * presentation model). A note that cuts its own slides ({@code ---} breaks, a Marp deck) gets a
 * slide per page ({@link PagePlanner}); any other gets a title slide to open each deck, section
 * slides for session headings, and bullets, code and tables cut into slides that fit, as the
 * {@link Fit} measures.
 */
public final class SlidePlanner {
  private SlidePlanner() {}

  /**
   * The decks of a document.
   *
   * @param document the note
   * @param options one deck or one per session, and the session level
   * @param fit measures whether content fits a slide
   * @param fallbackTitle the title to use when the note has none (its file name)
   * @return one deck, or the opening deck (when there is content before the first session)
   *     followed by one deck per session
   */
  public static List<Deck> plan(Document document, PlanOptions options, Fit fit,
      String fallbackTitle) {
    Metadata meta = document.metadata();
    boolean japanese = meta.isJapanese();
    String noteTitle = document.title().isBlank() ? fallbackTitle : document.title();
    List<Run> noteTitleRuns = List.of(Run.plain(noteTitle));
    List<Entry> entries = Entry.flatten(document.blocks());
    int level = options.sessionLevel();
    List<Deck> decks = new ArrayList<>();
    if (PagePlanner.cutsOwnSlides(meta, entries)) {
      // the author cut the slides: one deck, a slide per page, whatever the deck options say
      decks.add(new Deck(0, noteTitle, PagePlanner.plan(entries, meta, fit, japanese)));
      return decks;
    }
    if (!options.perSession()) {
      List<Slide> slides = new ArrayList<>();
      slides.add(titleSlide(noteTitleRuns, subtitle(meta, null), meta));
      slides.addAll(build(entries, fit, level, japanese, noteTitleRuns));
      decks.add(new Deck(0, noteTitle, slides));
      return decks;
    }
    List<List<Entry>> chunks = DeckSplitter.split(entries, level);
    List<Entry> opening = chunks.get(0);
    if (!DeckSplitter.hasContent(opening) && chunks.size() > 1) {
      // only headings before the first session: show them in the first session's deck
      chunks.get(1).addAll(1, opening);
      opening = List.of();
    }
    if (DeckSplitter.hasContent(opening) || chunks.size() == 1) {
      List<Slide> slides = new ArrayList<>();
      slides.add(titleSlide(noteTitleRuns, subtitle(meta, null), meta));
      slides.addAll(build(opening, fit, level, japanese, noteTitleRuns));
      String name = opening.stream().filter(e -> e instanceof Entry.Heading)
          .map(e -> Runs.text(((Entry.Heading) e).title())).findFirst().orElse(noteTitle);
      decks.add(new Deck(0, name, slides));
    }
    for (int i = 1; i < chunks.size(); i++) {
      List<Entry> chunk = chunks.get(i);
      Entry.Heading session = (Entry.Heading) chunk.get(0);
      List<Slide> slides = new ArrayList<>();
      slides.add(titleSlide(session.title(), subtitle(meta, noteTitle), meta));
      slides.addAll(build(chunk.subList(1, chunk.size()), fit, level, japanese,
          session.title()));
      decks.add(new Deck(i, Runs.text(session.title()), slides));
    }
    return decks;
  }

  private static List<Slide> build(List<Entry> entries, Fit fit, int level, boolean japanese,
      List<Run> title) {
    SlideBuilder b = new SlideBuilder(fit, level, japanese, title);
    for (Entry e : entries) {
      b.add(e);
    }
    return b.slides();
  }

  /** A deck's opening slide; the note's cover picture, if it names one, goes on it too. */
  private static Slide titleSlide(List<Run> title, List<Line> subtitle, Metadata meta) {
    Picture cover = meta.hasCover() ? new Picture(meta.cover(), Runs.text(title), List.of())
        : null;
    return new Slide(Slide.Layout.TITLE, title, subtitle, null, cover, List.of(), 0);
  }

  /** The title slide's lines: the note's title (for a session deck), description, authors, date. */
  private static List<Line> subtitle(Metadata meta, String noteTitle) {
    List<String> texts = new ArrayList<>();
    if (noteTitle != null && !noteTitle.isBlank()) {
      texts.add(noteTitle);
    } else if (!meta.description().isBlank()) {
      texts.add(meta.description());
    }
    List<String> byline = new ArrayList<>();
    if (!meta.authors().isEmpty()) {
      byline.add(String.join(", ", meta.authors()));
    }
    String date = DateStyle.dateLine(meta);
    if (!date.isEmpty()) {
      byline.add(date);
    }
    if (!byline.isEmpty()) {
      texts.add(String.join("  ", byline));
    }
    List<Line> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(Line.of(0, Line.Kind.PLAIN, "", List.of(Run.plain(t))));
    }
    return lines;
  }
}
