package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.CalloutColors;
import dev.tsuzuri.write.PictureText;
import dev.tsuzuri.write.CodeColors;
import dev.tsuzuri.write.CodeToken;
import dev.tsuzuri.write.CodeTokenizer;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.BlockVisitor;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.DefinitionList;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.outline.Table;
import dev.tsuzuri.outline.TableGrid;
import dev.tsuzuri.outline.ThematicBreak;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Appends blocks to an element, one XHTML construct per kind of block. Headings come out flat
 * ({@code <h2 id>} followed by the section's content), as pandoc does, so deep outlines do not
 * become deep element trees.
 */
public final class BlockBuilder implements BlockVisitor<Void> {
  /** Lists and quotes nested deeper than this are written flat: past a dozen indents a page has
   * no width left, and no layout engine recurses through 10,000 levels. */
  static final int MAX_DEPTH = 12;

  private final BuildContext ctx;
  private final Dom dom;
  private final Element target;
  private final int depth;

  private BlockBuilder(BuildContext ctx, Element target, int depth) {
    this.ctx = ctx;
    this.dom = ctx.dom();
    this.target = target;
    this.depth = depth;
  }

  /** Appends the blocks to {@code parent}. */
  public static void append(BuildContext ctx, Element parent, List<Block> blocks) {
    new BlockBuilder(ctx, parent, 0).all(blocks);
  }

  private void all(List<Block> blocks) {
    for (Block b : blocks) {
      b.accept(this);
    }
  }

  /** Builds blocks one level deeper, into {@code into}. */
  private void nested(Element into, List<Block> blocks, int line) {
    if (depth + 1 > MAX_DEPTH) {
      ctx.warnings().warn(line, "content nested more than " + MAX_DEPTH
          + " levels deep is shown without further indentation");
      flat(into, blocks);
      return;
    }
    new BlockBuilder(ctx, into, depth + 1).all(blocks);
  }

  /** Writes a deep subtree without recursion: every paragraph-like thing in reading order. */
  private void flat(Element into, List<Block> blocks) {
    Deque<Block> todo = new ArrayDeque<>();
    for (int i = blocks.size() - 1; i >= 0; i--) {
      todo.push(blocks.get(i));
    }
    BlockBuilder leaf = new BlockBuilder(ctx, into, MAX_DEPTH);
    while (!todo.isEmpty()) {
      Block b = todo.pop();
      List<Block> children;
      if (b instanceof ListBlock l) {
        children = l.items().stream().flatMap(it -> it.blocks().stream()).toList();
      } else if (b instanceof Quote q) {
        children = q.blocks();
      } else if (b instanceof Details d) {
        children = d.blocks();
      } else if (b instanceof Callout c) {
        children = c.blocks();
      } else if (b instanceof DefinitionList dl) {
        children = dl.items().stream().flatMap(it -> it.definitions().stream())
            .flatMap(List::stream).toList();
      } else {
        b.accept(leaf);
        continue;
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
  }

  @Override
  public Void visitSection(Section section) {
    Element h = dom.add(target, "h" + ctx.headingLevel());
    h.setAttribute("id", XmlChars.clean(section.id()));
    InlineBuilder.append(ctx, h, section.title(), section.line());
    ctx.enterSection();
    all(section.blocks());
    ctx.leaveSection();
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    Element p = dom.add(target, "p");
    InlineBuilder.append(ctx, p, paragraph.inlines(), paragraph.line());
    return null;
  }

  @Override
  public Void visitList(ListBlock list) {
    boolean tasks = list.items().stream().anyMatch(i -> i.task() != ListItem.Task.NONE);
    Element l = dom.add(target, list.ordered() ? "ol" : "ul");
    if (tasks) {
      l.setAttribute("class", "task-list");
    }
    if (list.ordered() && list.start() != 1) {
      l.setAttribute("start", Integer.toString(list.start()));
    }
    for (ListItem item : list.items()) {
      Element li = dom.add(l, "li");
      if (item.task() != ListItem.Task.NONE) {
        li.setAttribute("class", item.task() == ListItem.Task.DONE ? "task done" : "task");
        // the bundled fonts have no ☐/☑: CSS draws the box and a ✓; the Markdown marker stays
        // in the text (tiny and unpainted-looking) so copying and searching give "[x] item"
        Element box = dom.add(li, "span", "checkbox");
        dom.add(box, "span", "task-source", item.task() == ListItem.Task.DONE ? "[x]" : "[ ]");
      }
      if (list.tight() && !item.blocks().isEmpty()
          && item.blocks().get(0) instanceof Paragraph p) {
        // a tight item's text sits directly in the <li>, as browsers and pandoc render it
        InlineBuilder.append(ctx, li, p.inlines(), p.line());
        nested(li, item.rest(), item.line());
      } else {
        nested(li, item.blocks(), item.line());
      }
    }
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    Element pre = dom.add(target, "pre", "code");
    if (!code.language().isEmpty()) {
      pre.setAttribute("data-lang", XmlChars.clean(code.language()));
    }
    Element c = dom.add(pre, "code");
    for (CodeToken t : CodeTokenizer.tokens(code.language(), code.code())) {
      String cssClass = CodeColors.cssClass(t.kind());
      if (cssClass == null) {
        dom.text(c, t.text());
      } else {
        dom.add(c, "span", cssClass, t.text());
      }
    }
    return null;
  }

  @Override
  public Void visitQuote(Quote quote) {
    Element q = dom.add(target, "blockquote");
    nested(q, quote.blocks(), quote.line());
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    TableGrid grid = TableGrid.of(table);
    Element t = dom.add(target, "table");
    Element head = grid.headerRows() > 0 ? dom.add(t, "thead") : null;
    Element body = dom.add(t, "tbody");
    for (int r = 0; r < grid.rows().size(); r++) {
      boolean header = r < grid.headerRows();
      Element tr = dom.add(header ? head : body, "tr");
      List<TableGrid.Slot> slots = grid.rows().get(r);
      for (int c = 0; c < slots.size(); c++) {
        TableGrid.Slot slot = slots.get(c);
        if (!grid.isOrigin(r, c)) {
          continue; // covered by a span from the left or from above
        }
        Element cell = dom.add(tr, header ? "th" : "td");
        Table.Alignment a = table.alignment(c);
        if (a != Table.Alignment.DEFAULT) {
          cell.setAttribute("class", "align-" + a.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (slot.isEmpty()) {
          continue;
        }
        if (slot.cell().colspan() > 1) {
          cell.setAttribute("colspan", Integer.toString(slot.cell().colspan()));
        }
        int rowspan = Math.min(slot.cell().rowspan(), rowsLeft(grid, r));
        if (rowspan > 1) {
          cell.setAttribute("rowspan", Integer.toString(rowspan));
        }
        InlineBuilder.append(ctx, cell, slot.cell().content(), table.line());
      }
    }
    return null;
  }

  /** The rows from {@code r} to the end of its header or body, which a span cannot pass. */
  private static int rowsLeft(TableGrid grid, int r) {
    return r < grid.headerRows() ? grid.headerRows() - r : grid.rows().size() - r;
  }

  @Override
  public Void visitFigure(Figure figure) {
    Element f = dom.add(target, "div", "figure");
    Optional<String> uri = ctx.imageUri(figure.src(), figure.line());
    Element holder = f;
    Optional<LinkPolicy.Target> link = figure.link().isEmpty() ? Optional.empty()
        : ctx.links().check(XmlChars.clean(figure.link()));
    if (link.isPresent()) {
      holder = dom.add(f, "a");
      holder.setAttribute("href", link.get().address());
    }
    if (uri.isPresent()) {
      Element img = dom.add(holder, "img");
      img.setAttribute("src", uri.get());
      InlineBuilder.size(img, figure.size());
      String alt = PictureText.alternative(figure.alt(),
          dev.tsuzuri.outline.PlainText.of(figure.caption()), figure.src());
      img.setAttribute("alt", XmlChars.clean(alt));
    } else {
      String what = !figure.alt().isBlank() ? figure.alt() : figure.src();
      Element box = dom.add(holder, "div", "missing-image");
      dom.add(box, "span", "missing-label", "画像なし / image missing: ");
      dom.text(box, PictureText.shown(what));
    }
    if (!figure.caption().isEmpty()) {
      Element cap = dom.add(f, "p", "caption");
      InlineBuilder.append(ctx, cap, figure.caption(), figure.line());
    }
    return null;
  }

  @Override
  public Void visitLinkCard(LinkCard card) {
    linkCard("link-card", card.url(), card.title(), card.description(), card.domain());
    return null;
  }

  @Override
  public Void visitEmbed(Embed embed) {
    linkCard("link-card embed embed-" + embed.kind().replaceAll("[^a-z0-9-]", ""),
        embed.url(), embed.label(), "", embed.domain());
    return null;
  }

  private void linkCard(String cssClass, String url, String title, String description,
      String domain) {
    Element card = dom.add(target, "div", cssClass);
    Element holder = card;
    Optional<LinkPolicy.Target> link = ctx.links().check(XmlChars.clean(url));
    if (link.isPresent()) {
      holder = dom.add(card, "a", "card-link");
      holder.setAttribute("href", link.get().address());
    }
    // a card without a title shows its address once, as the title
    dom.add(holder, "span", "card-title", title.isBlank() ? url : title);
    if (!description.isBlank()) {
      dom.add(holder, "span", "card-description", description);
    }
    if (!title.isBlank()) {
      dom.add(holder, "span", "card-url", url);
    }
    if (!domain.isBlank()) {
      dom.add(holder, "span", "card-domain", domain);
    }
  }

  @Override
  public Void visitDetails(Details details) {
    Element d = dom.add(target, "div", "details");
    Element summary = dom.add(d, "p", "summary");
    InlineBuilder.append(ctx, summary, details.summary(), details.line());
    nested(d, details.blocks(), details.line());
    return null;
  }

  @Override
  public Void visitCallout(Callout callout) {
    Element box = dom.add(target, "div", CalloutColors.cssClass(callout.kind()));
    Element title = dom.add(box, "p", "callout-title");
    InlineBuilder.append(ctx, title, CalloutColors.title(callout, ctx.japanese()),
        callout.line());
    nested(box, callout.blocks(), callout.line());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak rule) {
    dom.add(target, "hr");
    return null;
  }

  @Override
  public Void visitDefinitionList(DefinitionList list) {
    Element dl = dom.add(target, "dl");
    for (DefinitionList.Item item : list.items()) {
      Element dt = dom.add(dl, "dt");
      InlineBuilder.append(ctx, dt, item.term(), list.line());
      for (List<Block> definition : item.definitions()) {
        Element dd = dom.add(dl, "dd");
        nested(dd, definition, list.line());
      }
    }
    return null;
  }

  @Override
  public Void visitComment(Comment comment) {
    return null;
  }

  @Override
  public Void visitDirective(Directive directive) {
    // a Marp setting of the slides: nothing to show in a document
    return null;
  }
}
