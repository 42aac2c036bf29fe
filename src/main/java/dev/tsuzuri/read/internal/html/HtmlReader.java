package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Inline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads raw HTML from a note into outline blocks and inlines, with jsoup's HTML5 parser (so
 * unclosed and misnested tags end up where a browser puts them).
 *
 * <p>What each element becomes: {@code p} a paragraph; {@code br} a line break; {@code
 * strong/b}, {@code em/i}, {@code s/del/strike}, {@code code}, {@code u}, {@code mark},
 * {@code sup}, {@code sub}, {@code kbd} their marks; {@code a} a link (its address as written:
 * the writers' one link policy decides what is clickable); {@code img} a picture (its {@code
 * src} as written: the writers' {@code Resources} resolve it; {@code width}/{@code height} a
 * size hint), alone in a paragraph a figure, as is {@code figure} with {@code figcaption};
 * {@code table} a table (spans kept); {@code ul/ol/li} lists ({@code <input type=checkbox>}
 * first in an item makes a task); {@code dl/dt/dd} a definition list; {@code blockquote} a
 * quote; {@code h1}–{@code h6} headings that start sections like Markdown headings; {@code hr}
 * a rule; {@code pre} a code block (language from {@code class="language-x"}, {@code brush: x}
 * or {@code lang}); {@code details/summary} a details block; {@code iframe} of YouTube, Vimeo,
 * SlideShare, Speaker Deck, Google Slides, CodePen or a Gist an embed, any other a link card;
 * comments speaker notes ({@link dev.tsuzuri.outline.Comment}); {@code div}, {@code span},
 * {@code center}, {@code font}, {@code section} and unknown elements only their content.
 * {@code script}, {@code style}, forms, media players, event handlers and {@code javascript:}
 * addresses are dropped, with one warning per note through {@link HtmlContext#dropped}.
 *
 * <p>Any input is read in time linear in its length and without deep recursion: jsoup stops
 * nesting at 512 elements, and past {@value Reading#MAX_DEPTH} levels content is read as plain
 * text.
 *
 * <p>A shortcode handler with HTML to show calls {@link #blocks} or {@link #inlines}; through a
 * {@code ReadSession} (the handler's {@code ShortcodeContext}) that is {@code
 * session.htmlBlocks(html, line)} and {@code session.htmlInlines(html, line)}.
 */
public final class HtmlReader {
  private final HtmlContext ctx;

  /** A reader reporting to, and nesting sections through, the note being read. */
  public HtmlReader(HtmlContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The blocks of an HTML fragment, every element closed at its end.
   *
   * @param html the HTML as written
   * @param line the note line it starts on (lines inside it count from there)
   */
  public List<Block> blocks(String html, int line) {
    Fragment f = read(html, line, false);
    return ctx.nest(f.parts());
  }

  /**
   * The inlines of an HTML fragment, as one paragraph: block elements inside it become lines.
   *
   * @param html the HTML as written
   * @param line the note line it starts on
   */
  public List<Inline> inlines(String html, int line) {
    Reading r = new Reading(ctx, line);
    InlineConverter c = new InlineConverter(r);
    for (Node n : parse(html)) {
      c.node(n, 0);
    }
    return c.finish();
  }

  /**
   * The parts of an HTML block of a note, with the containers it leaves open ({@code
   * <details>}, {@code <blockquote>}) that Markdown after it may go into.
   *
   * @param html the HTML block as written
   * @param line the note line it starts on
   */
  public Fragment fragment(String html, int line) {
    return read(html, line, true);
  }

  private Fragment read(String html, int line, boolean keepOpen) {
    Reading r = new Reading(ctx, line);
    List<Node> nodes = parse(html);
    Set<Element> unclosed = keepOpen ? unclosed(nodes) : Set.of();
    List<Part> parts = new ArrayList<>();
    List<Opened> opened = new ArrayList<>();
    new BlockConverter(r, unclosed, parts, opened).nodes(nodes, 0);
    return new Fragment(parts, opened);
  }

  private static List<Node> parse(String html) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Element body = new Document("").appendElement("body");
    return parser.parseFragmentInput(html, body, "");
  }

  /**
   * The elements still open where the fragment ends: the chain of last children that no end
   * tag closed.
   */
  private static Set<Element> unclosed(List<Node> nodes) {
    Set<Element> open = new HashSet<>();
    List<Node> level = nodes;
    while (true) {
      Node last = null;
      for (int i = level.size() - 1; i >= 0; i--) {
        Node n = level.get(i);
        if (!(n instanceof TextNode t && t.isBlank())) {
          last = n;
          break;
        }
      }
      if (!(last instanceof Element e) || !e.endSourceRange().isImplicit()) {
        return open;
      }
      open.add(e);
      level = e.childNodes();
    }
  }

  /**
   * What an HTML block holds.
   *
   * @param parts the blocks and headings before any container left open
   * @param opened the containers left open, outermost first, each with its content so far
   */
  public record Fragment(List<Part> parts, List<Opened> opened) {}
}
