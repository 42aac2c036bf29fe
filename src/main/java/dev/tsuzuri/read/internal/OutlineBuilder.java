package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.internal.text.Figures;
import dev.tsuzuri.read.internal.text.MarpSyntax;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Comment;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Quote;
import dev.tsuzuri.outline.ThematicBreak;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one flexmark document (the note's body, or a shortcode's inner Markdown) into outline
 * blocks. flexmark types stay in here and in {@link InlineBuilder}.
 */
final class OutlineBuilder {
  private static final Pattern LONE_TOKEN = Pattern.compile("\\s*\uE000(\\d{1,9})\uE001\\s*");

  final ReadSession session;
  final Prepared prepared;
  final com.vladsch.flexmark.util.ast.Document document;
  private final InlineBuilder inlines;

  OutlineBuilder(ReadSession session, Prepared prepared,
      com.vladsch.flexmark.util.ast.Document document) {
    this.session = session;
    this.prepared = prepared;
    this.document = document;
    this.inlines = new InlineBuilder(this);
  }

  int line(Node node) {
    return prepared.noteLine(node.getStartOffset());
  }

  /** The blocks of a container node, sections nested by heading level. */
  List<Block> blocksOf(Node container) {
    HtmlFrames marks = new HtmlFrames(session);
    for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        marks.add(new HeadingMark(Math.max(1, Math.min(6, h.getLevel())),
            inlines.of(h), line(h), null));
        if (hasFitComment(h)) {
          // Marp's fitting heading: the comment is no text; the slide plan fits the title
          marks.add(HeadingMark.of(new dev.tsuzuri.outline.Directive(MarpSyntax.FIT, "", true,
              line(h))));
        }
      } else if (child instanceof HtmlBlockBase) {
        marks.html(prepared.restoreSource(child.getChars().toString()), line(child));
      } else {
        for (Block b : block(child)) {
          marks.add(HeadingMark.of(b));
        }
      }
    }
    return SectionNester.nest(marks.finish(), session.ids);
  }

  /** True when a heading holds Marp's {@code <!-- fit -->} comment among its inlines. */
  private boolean hasFitComment(Heading h) {
    for (Node n = h.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof com.vladsch.flexmark.ast.HtmlInlineBase
          && MarpSyntax.isFitComment(prepared.restoreSource(n.getChars().toString()))) {
        return true;
      }
    }
    return false;
  }

  private List<Block> block(Node node) {
    int line = line(node);
    if (node instanceof com.vladsch.flexmark.ast.Paragraph p) {
      return paragraph(p);
    }
    if (node instanceof BulletList || node instanceof OrderedList) {
      return List.of(list((com.vladsch.flexmark.ast.ListBlock) node));
    }
    if (node instanceof FencedCodeBlock f) {
      String info = prepared.restoreText(f.getInfo().unescape()).strip();
      String language = info.isEmpty() ? "" : info.split("[\\s{,]", 2)[0];
      return List.of(new CodeBlock(language, code(f.getContentChars().toString()), line));
    }
    if (node instanceof IndentedCodeBlock c) {
      return List.of(new CodeBlock("", code(c.getContentChars().toString()), line));
    }
    if (node instanceof BlockQuote q) {
      dev.tsuzuri.outline.Callout alert = Alerts.of(this, q, line);
      return List.of(alert != null ? alert : new Quote(blocksOf(node), line));
    }
    if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
      return List.of(new ThematicBreak(line));
    }
    if (node instanceof TableBlock t) {
      return List.of(new TableBuilder(inlines).table(t, line));
    }
    if (node instanceof FootnoteBlock f) {
      session.footnoteDefined(f.getText().toString(), line);
      return List.of();
    }
    if (node instanceof Reference || node instanceof BlankLine) {
      return List.of();
    }
    if (node.hasChildren() && node.getFirstChild() instanceof com.vladsch.flexmark.util.ast.Block) {
      return blocksOf(node);
    }
    String text = prepared.restoreSource(node.getChars().toString()).strip();
    if (text.isEmpty()) {
      return List.of();
    }
    session.warn(line, "unsupported Markdown (" + node.getNodeName() + ") kept as text");
    return List.of(new Paragraph(List.of(new Inline.Text(text)), line));
  }

  private String code(String content) {
    String s = prepared.restoreSource(content);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private ListBlock list(com.vladsch.flexmark.ast.ListBlock list) {
    List<ListItem> items = new ArrayList<>();
    for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof com.vladsch.flexmark.ast.ListItem item)) {
        continue;
      }
      ListItem.Task task = child instanceof TaskListItem t
          ? (t.isItemDoneMarker() ? ListItem.Task.DONE : ListItem.Task.OPEN)
          : ListItem.Task.NONE;
      items.add(new ListItem(task, blocksOf(item), line(item)));
    }
    boolean ordered = list instanceof OrderedList;
    int start = list instanceof OrderedList o ? o.getStartNumber() : 1;
    return new ListBlock(ordered, start, !list.isLoose(), items, line(list));
  }

  /**
   * A paragraph; or a figure when it holds only an image; or, when shortcodes stand alone on some
   * of its lines, those shortcodes' blocks with paragraphs of the lines between them.
   */
  private List<Block> paragraph(com.vladsch.flexmark.ast.Paragraph p) {
    List<Block> out = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    List<Node> lineNodes = new ArrayList<>();
    for (Node child = p.getFirstChild(); ; child = child.getNext()) {
      if (child == null || child instanceof SoftLineBreak) {
        Placeholder alone = lonePlaceholder(lineNodes);
        if (alone != null) {
          if (!run.isEmpty() && run.get(run.size() - 1) instanceof SoftLineBreak) {
            run.remove(run.size() - 1);
          }
          flush(p, run, out);
          out.addAll(placeholderBlocks(alone));
        } else {
          run.addAll(lineNodes);
          if (child != null) {
            run.add(child);
          }
        }
        lineNodes.clear();
        if (child == null) {
          break;
        }
        continue;
      }
      lineNodes.add(child);
    }
    flush(p, run, out);
    return out;
  }

  /**
   * Whether an image alone in this paragraph makes a figure: not when it is a list item's own
   * text, which would leave the item without one (pandoc keeps it inline too).
   */
  private static boolean mayBeFigure(Node paragraph) {
    return !(paragraph.getParent() instanceof com.vladsch.flexmark.ast.ListItem)
        || paragraph.getPrevious() != null;
  }

  private void flush(Node paragraph, List<Node> nodes, List<Block> out) {
    if (nodes.isEmpty()) {
      return;
    }
    int line = line(nodes.get(0));
    List<Inline> content = inlines.of(nodes);
    nodes.clear();
    if (content.isEmpty()) {
      return;
    }
    Figure figure = mayBeFigure(paragraph) ? Figures.of(content, line) : null;
    out.add(figure != null ? figure : new Paragraph(content, line));
  }

  private Placeholder lonePlaceholder(List<Node> lineNodes) {
    if (lineNodes.size() != 1 || !(lineNodes.get(0) instanceof Text t)) {
      return null;
    }
    Matcher m = LONE_TOKEN.matcher(t.getChars());
    return m.matches() ? prepared.placeholder(m.group(1)) : null;
  }

  private List<Block> placeholderBlocks(Placeholder p) {
    switch (p.kind()) {
      case NOTES:
        return List.of(new Comment(p.text(), p.line()));
      case LITERAL:
        return List.of(new Paragraph(List.of(new Inline.Text(p.text())), p.line()));
      default:
        return session.shortcodeBlocks(p.shortcode());
    }
  }
}
