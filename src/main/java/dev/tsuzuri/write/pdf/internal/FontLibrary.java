package dev.tsuzuri.write.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.font.BundledFont;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts, parsed once and reused by every document.
 *
 * <p>A parsed {@link TrueTypeFont} reads its glyphs lazily from a shared buffer, so two documents
 * must not use one at the same time. Parsed fonts therefore live in a pool of {@link FontSet}s:
 * a render borrows a set, and returns it when its PDF is saved (subsetting reads the glyphs at
 * save time). A process parses each font at most once per concurrently rendering thread, never
 * once per document. Font metrics for layout are cached process-wide too.
 */
public final class FontLibrary {
  /** The bundled fonts' bytes, trimmed for embedding once per process (see FontTrimmer). */
  private static final Map<BundledFont, byte[]> TRIMMED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Metrics shared by all renders (the engine's cache is a concurrent map). */
  private static final FSCacheEx<String, FSCacheValue> METRICS = new FSDefaultCacheStore();
  private static final ConcurrentLinkedQueue<FontSet> POOL = new ConcurrentLinkedQueue<>();
  private static final java.util.concurrent.atomic.AtomicInteger PARSES =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Held so the level set below sticks (loggers are weakly referenced). */
  private static final java.util.logging.Logger FONTBOX_LOG =
      java.util.logging.Logger.getLogger("org.apache.fontbox");

  static {
    // fontbox warns on every parse that it ignores the variation-sequence cmap: not news to users
    FONTBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    // the engine logs each font load and stylesheet parse at INFO; problems reach users as
    // warnings from tsuzuri instead
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private FontLibrary() {}

  /** Borrows a set of parsed fonts; give it back with {@link #release}. */
  public static FontSet borrow() {
    FontSet s = POOL.poll();
    return s != null ? s : new FontSet();
  }

  /** Returns a set to the pool once its document is saved and closed. */
  public static void release(FontSet set) {
    POOL.offer(set);
  }

  /** How many times a font file has been parsed in this process (for tests of reuse). */
  public static int parseCount() {
    return PARSES.get();
  }

  /** The process-wide font-metrics cache to hand to the engine. */
  public static FSCacheEx<String, FSCacheValue> metricsCache() {
    return METRICS;
  }

  /** The parsed bundled fonts one render uses; each font is parsed on first need. */
  public static final class FontSet {
    private final Map<BundledFont, TrueTypeFont> fonts = new EnumMap<>(BundledFont.class);

    private FontSet() {}

    /** The parsed font, parsing it the first time this set needs it. */
    public synchronized TrueTypeFont get(BundledFont f) {
      return fonts.computeIfAbsent(f, FontSet::parse);
    }

    private static TrueTypeFont parse(BundledFont f) {
      try {
        PARSES.incrementAndGet();
        byte[] bytes = TRIMMED.computeIfAbsent(f, k -> FontTrimmer.trim(k.bytes()));
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      } catch (IOException e) {
        throw new TsuzuriException("bundled font " + f.file() + " is damaged: " + e.getMessage());
      }
    }

    /**
     * Registers the fonts with a renderer writing into {@code doc}: each face under its family
     * and weight, embedded and subset, loaded into the PDF only when a glyph of it is used.
     */
    public void register(PdfRendererBuilder builder, PDDocument doc) {
      builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
      for (String family : new String[] {BundledFont.GOTHIC.family(), "sans-serif"}) {
        add(builder, doc, BundledFont.GOTHIC, family, 400);
        add(builder, doc, BundledFont.GOTHIC_BOLD, family, 700);
      }
      for (String family : new String[] {BundledFont.MONO.family(), "monospace"}) {
        add(builder, doc, BundledFont.MONO, family, 400);
        add(builder, doc, BundledFont.MONO_BOLD, family, 700);
      }
      // the mincho has no bold; bold runs in a serif body use the gothic bold, as Japanese
      // typesetting usually does. Registering costs nothing until a glyph is drawn.
      for (String family : new String[] {BundledFont.SERIF.family(), "serif"}) {
        add(builder, doc, BundledFont.SERIF, family, 400);
        add(builder, doc, BundledFont.GOTHIC_BOLD, family, 700);
      }
      add(builder, doc, BundledFont.EMOJI, BundledFont.EMOJI.family(), 400);
      add(builder, doc, BundledFont.EMOJI, BundledFont.EMOJI.family(), 700);
    }

    private void add(PdfRendererBuilder builder, PDDocument doc, BundledFont font, String family,
        int weight) {
      builder.useFont(new LazyFont(this, font, doc), family, weight, FontStyle.NORMAL, true);
    }
  }

  /** Creates the PDF font from the shared parsed font only when the engine asks for it. */
  private static final class LazyFont extends PDFontSupplier {
    private final FontSet set;
    private final BundledFont font;
    private final PDDocument doc;

    LazyFont(FontSet set, BundledFont font, PDDocument doc) {
      super(null);
      this.set = set;
      this.font = font;
      this.doc = doc;
    }

    @Override
    public PDFont supply() {
      try {
        return PDType0Font.load(doc, set.get(font), true);
      } catch (IOException e) {
        throw new TsuzuriException("cannot use bundled font " + font.file() + ": "
            + e.getMessage());
      }
    }
  }
}
