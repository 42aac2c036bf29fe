package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.read.internal.text.MarpSyntax;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.ThematicBreak;
import dev.tsuzuri.read.internal.text.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML nodes into blocks: runs of text and inline elements become paragraphs (a lone
 * picture a figure), block elements their outline counterparts, containers such as
 * {@code <div>} add nothing but a paragraph break. Containers the fragment leaves open are
 * reported as {@link Opened}, so Markdown after them can go inside.
 */
final class BlockConverter {
  private final Reading r;
  private final Set<Element> unclosed;
  private final List<Opened> opened;
  private List<Part> out;
  private InlineConverter paragraph;
  private int paragraphLine;

  BlockConverter(Reading r, Set<Element> unclosed, List<Part> out, List<Opened> opened) {
    this.r = r;
    this.unclosed = unclosed;
    this.out = out;
    this.opened = opened;
  }

  /** Reads the nodes, then ends the paragraph they leave. */
  void nodes(List<Node> nodes, int depth) {
    for (Node n : nodes) {
      node(n, depth);
    }
    flush();
  }

  private void node(Node n, int depth) {
    if (n instanceof TextNode t) {
      if (paragraph == null && t.isBlank()) {
        return;
      }
      para(n).node(n, 0);
    } else if (n instanceof org.jsoup.nodes.Comment c) {
      flush();
      String text = c.getData().strip();
      if (!text.isEmpty()) {
        List<Directive> directives = MarpSyntax.directives(text, r.line(c));
        if (directives.isEmpty()) {
          out.add(new Part.Content(new Comment(text, r.line(c))));
        } else {
          directives.forEach(d -> out.add(new Part.Content(d)));
        }
      }
    } else if (n instanceof Element e) {
      element(e, depth);
    } else if (!(n instanceof DataNode)) {
      para(n).node(n, depth);
    }
  }

  private InlineConverter para(Node at) {
    if (paragraph == null) {
      paragraph = new InlineConverter(r);
      paragraphLine = r.line(at);
    }
    return paragraph;
  }

  /** Ends the paragraph being gathered: a paragraph, or a figure when it is one picture. */
  private void flush() {
    if (paragraph == null) {
      return;
    }
    List<Inline> content = paragraph.finish();
    paragraph = null;
    if (content.isEmpty()) {
      return;
    }
    Block figure = Figures.of(content, paragraphLine);
    out.add(new Part.Content(figure != null ? figure : new Paragraph(content, paragraphLine)));
  }

  private void add(Block b) {
    if (b != null) {
      out.add(new Part.Content(b));
    }
  }

  private void element(Element e, int depth) {
    String name = e.normalName();
    if (Tags.DROPPED.contains(name)) {
      Embed embed = name.equals("script") ? Embeds.script(e, r) : null;
      if (embed != null) {
        flush();
        add(embed);
      } else {
        r.ctx.dropped(r.line(e), "<" + name + ">");
      }
      return;
    }
    if (depth >= Reading.MAX_DEPTH || (!Tags.isBlock(name) && !holdsBlocks(e))) {
      para(e).node(e, depth);
      return;
    }
    r.checkHandlers(e);
    flush();
    int line = r.line(e);
    switch (name) {
      case "p" -> {
        para(e).children(e, depth);
        flush();
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        List<Inline> title = inlines(e, depth);
        if (!title.isEmpty()) {
          out.add(new Part.Heading(name.charAt(1) - '0', title, line));
        }
      }
      case "pre", "listing" -> add(new CodeBlock(CodeText.language(e), CodeText.of(e), line));
      case "hr" -> add(new ThematicBreak(line, true));
      case "blockquote" -> {
        if (unclosed.contains(e)) {
          open(Opened.Kind.QUOTE, List.of(), e, e.childNodes(), depth);
        } else {
          add(new Quote(blocks(e.childNodes(), depth), line));
        }
      }
      case "details" -> details(e, depth);
      case "ul", "ol", "menu" -> add(Lists.list(e, this, depth));
      case "dl" -> add(Lists.definitions(e, this, depth));
      case "table" -> TableConverter.of(e, r, depth + 1).forEach(this::add);
      case "figure" -> figure(e, depth);
      case "iframe" -> add(Embeds.block(e, r));
      default -> nodes(e.childNodes(), depth + 1);
    }
  }

  /** True when an inline element holds blocks (a {@code <span>} around paragraphs). */
  private static boolean holdsBlocks(Element e) {
    for (Node c : e.childNodes()) {
      if (c instanceof Element child && Tags.isBlock(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** The inlines of an element's content, as one paragraph. */
  List<Inline> inlines(Element e, int depth) {
    InlineConverter c = new InlineConverter(r);
    c.children(e, depth);
    return c.finish();
  }

  /** The blocks of some nodes, read one level deeper, sections nested. */
  List<Block> blocks(List<Node> nodes, int depth) {
    return r.ctx.nest(parts(nodes, depth));
  }

  /** The parts of some nodes, read one level deeper. */
  List<Part> parts(List<Node> nodes, int depth) {
    List<Part> parts = new ArrayList<>();
    new BlockConverter(r, unclosed, parts, opened).nodes(nodes, depth + 1);
    return parts;
  }

  private void details(Element e, int depth) {
    Element summary = null;
    List<Node> rest = new ArrayList<>();
    for (Node c : e.childNodes()) {
      if (summary == null && c instanceof Element s && s.normalName().equals("summary")) {
        summary = s;
      } else {
        rest.add(c);
      }
    }
    List<Inline> title = summary == null ? List.of() : inlines(summary, depth);
    if (title.isEmpty()) {
      title = List.of(new Inline.Text("Details"));
    }
    if (unclosed.contains(e)) {
      open(Opened.Kind.DETAILS, title, e, rest, depth);
    } else {
      add(new Details(title, blocks(rest, depth), r.line(e)));
    }
  }

  /**
   * A container the fragment leaves open: its content so far goes to a new {@link Opened}, and
   * (since nothing can follow it in this fragment) so does the rest of this converter's output.
   */
  private void open(Opened.Kind kind, List<Inline> summary, Element e, List<Node> content,
      int depth) {
    Opened o = new Opened(kind, e.normalName(), summary, new ArrayList<>(), r.line(e));
    opened.add(o);
    out = o.parts();
    nodes(content, depth + 1);
  }

  private void figure(Element e, int depth) {
    Element img = null;
    Element caption = null;
    boolean other = false;
    for (Element c : e.children()) {
      String n = c.normalName();
      if (n.equals("figcaption") && caption == null) {
        caption = c;
      } else if (img == null && (n.equals("img") || (n.equals("a") && c.childrenSize() == 1
          && c.child(0).normalName().equals("img") && c.text().isBlank()))) {
        img = c;
      } else {
        other = true;
      }
    }
    if (img == null || other || hasText(e)) {
      nodes(e.childNodes(), depth + 1); // a figure of something else: its content as it is
      return;
    }
    Element picture = img.normalName().equals("a") ? img.child(0) : img;
    Inline.Image image = Pictures.image(picture, r);
    if (image == null) {
      return;
    }
    String link = img == picture ? "" : r.address(img, "href");
    List<Inline> captionText = caption == null ? List.of() : inlines(caption, depth);
    add(new dev.tsuzuri.outline.Figure(image.src(), image.alt(), image.title(), captionText,
        link, image.size(), r.line(e)));
  }

  private static boolean hasText(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  Reading reading() {
    return r;
  }
}
