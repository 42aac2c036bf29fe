package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import java.awt.Dimension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bundled template's measuring slides as its build-time snapshot knows them: no POI, unless
 * something the snapshot does not cover is measured (a tab in a line, a table cell only POI lays
 * out), when a copy is opened by POI once for this scratch. One document at a time.
 */
final class SnapshotScratch implements Scratch {
  private final DeckSnapshot snapshot;
  private final Supplier<PoiScratch> opener;
  private PoiScratch poi;
  private final KnownSlide content;
  private final KnownSlide titleOnly;
  private final KnownSlide title;
  private final KnownSlide section;
  private final Map<Integer, KnownSlide> narrowed = new HashMap<>();
  private final Map<TextStyle, TextMeasurer> measurers = new HashMap<>();
  /** How many times a scratch like this opened POI (for tests and the report). */
  private static final java.util.concurrent.atomic.AtomicInteger OPENED =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * A scratch on a snapshot.
   *
   * @param snapshot what the build read of the bundled template
   * @param opener opens a measuring copy with POI, when one is needed
   */
  SnapshotScratch(DeckSnapshot snapshot, Supplier<PoiScratch> opener) {
    this.snapshot = snapshot;
    this.opener = opener;
    this.content = new KnownSlide(snapshot.content(), () -> poi().content());
    this.titleOnly = new KnownSlide(snapshot.titleOnly(), () -> poi().titleOnly());
    this.title = new KnownSlide(snapshot.title(), () -> poi().title());
    this.section = new KnownSlide(snapshot.section(), () -> poi().section());
  }

  /** How many times this process opened POI for what a snapshot did not cover. */
  static int poiOpened() {
    return OPENED.get();
  }

  private PoiScratch poi() {
    if (poi == null) {
      OPENED.incrementAndGet();
      poi = opener.get();
    }
    return poi;
  }

  @Override
  public Dimension pageSize() {
    return new Dimension(snapshot.pageWidth(), snapshot.pageHeight());
  }

  @Override
  public ScratchSlide content() {
    return content;
  }

  @Override
  public ScratchSlide titleOnly() {
    return titleOnly;
  }

  @Override
  public ScratchSlide title() {
    return title;
  }

  @Override
  public ScratchSlide section() {
    return section;
  }

  @Override
  public ScratchSlide narrowed(int textPercent) {
    return narrowed.computeIfAbsent(textPercent, p -> new KnownSlide(
        snapshot.content().narrowed(snapshot.pageWidth(), p), () -> poi().narrowed(p)));
  }

  @Override
  public TextMeasurer measurer(TextStyle style) {
    return measurers.computeIfAbsent(style,
        s -> new TextMeasurer(new TextFiller(s), s, this::knownCell));
  }

  @Override
  public CellMetrics knownCell(boolean header) {
    return header ? snapshot.headerCell() : snapshot.bodyCell();
  }

  /** A slide of known boxes; its POI twin is asked for only when needed. */
  private static final class KnownSlide implements ScratchSlide {
    private final String layoutPart;
    private final Supplier<PoiSlide> poi;
    private final TextBox title;
    private final TextBox body;
    private final TextBox subtitleOrBody;

    KnownSlide(DeckSnapshot.SlideFacts facts, Supplier<PoiSlide> poi) {
      this.layoutPart = facts.layoutPart();
      this.poi = poi;
      this.title = box(facts.title(), p -> p.title());
      this.body = box(facts.body(), p -> p.body());
      this.subtitleOrBody = facts.subtitleIsBody() ? body
          : box(facts.subtitle(), p -> p.subtitleOrBody());
    }

    private TextBox box(BoxFacts facts, Function<PoiSlide, TextBox> twin) {
      return facts == null ? null : new KnownBox(facts, () -> twin.apply(poi.get()));
    }

    @Override
    public String layoutPart() {
      return layoutPart;
    }

    @Override
    public TextBox title() {
      return title;
    }

    @Override
    public TextBox body() {
      return body;
    }

    @Override
    public TextBox subtitleOrBody() {
      return subtitleOrBody;
    }

    @Override
    public double cellByPoi(TextMeasurer measurer, double width, List<Run> runs,
        boolean header) {
      return poi.get().cellByPoi(measurer, width, runs, header);
    }
  }
}
