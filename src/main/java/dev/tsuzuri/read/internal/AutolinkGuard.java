package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;

/**
 * Hands a text node to flexmark's autolink post-processor only when its run of text (the node and
 * the entities and text that continue it, as that processor joins them) could hold a link and is
 * cheap enough to search. The processor unescapes the whole run once for each text node in it,
 * at a cost that grows with the square of the run's escapes and entities, so a run's cost is
 * taken as (entities + 1) times (escapes + entities + 1). A run without {@code :}, {@code @} or
 * a {@code w} and a {@code .} holds no URL, {@code www.} address or e-mail address, so passing it
 * over changes nothing; a costlier run is kept as text and reported.
 */
final class AutolinkGuard extends NodePostProcessor {
  /**
   * The largest cost searched: 400 escapes without entities, or 19 entities in a row. A
   * sentence has a few; text with more is generated, not written.
   */
  static final int MAX_COST = 400;

  private static final int W = 1;
  private static final int DOT = 2;
  private static final int COLON_OR_AT = 4;

  private final NodePostProcessor autolinks;
  private final List<Integer> skipped;
  /** The run last measured, [start, end) in the document, and whether to look for links in it. */
  private int runStart = -1;
  private int runEnd = -1;
  private boolean linkable;

  AutolinkGuard(NodePostProcessor autolinks, List<Integer> skipped) {
    this.autolinks = autolinks;
    this.skipped = skipped;
  }

  @Override
  public void process(NodeTracker state, Node node) {
    if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
      return;
    }
    int at = node.getStartOffset();
    if (at < runStart || at >= runEnd) {
      // each node of a run would otherwise measure the rest of it again: quadratic in its length
      measure(node);
    }
    if (linkable) {
      autolinks.process(state, node);
    }
  }

  /** Measures the run that starts at {@code node}, the way the autolink processor joins it. */
  private void measure(Node node) {
    BasedSequence piece = node.getChars();
    Node last = node;
    int escapes = count(piece, '\\');
    int entities = 0;
    int clues = clues(piece);
    Node next = node.getNext();
    if ((next instanceof TypographicText || next instanceof HtmlEntity)
        && next.getChars().isContinuationOf(piece)) {
      while (next instanceof TypographicText || next instanceof HtmlEntity || next instanceof Text) {
        BasedSequence chars = next.getChars();
        if (!chars.isContinuationOf(piece) || chars.startsWith(" ") || piece.endsWith(" ")) {
          break;
        }
        if (next instanceof HtmlEntity) {
          entities++;
          clues |= clues(Escaping.unescapeHtml(chars));
        } else {
          escapes += count(chars, '\\');
          clues |= clues(chars);
        }
        piece = chars;
        last = next;
        next = next.getNext();
      }
    }
    runStart = node.getStartOffset();
    runEnd = last.getEndOffset();
    boolean mayLink = (clues & COLON_OR_AT) != 0 || clues == (W | DOT);
    linkable = mayLink && (entities + 1L) * (escapes + entities + 1L) <= MAX_COST;
    if (mayLink && !linkable) {
      skipped.add(runStart);
    }
  }

  /** Which characters a link needs the text has: a scheme's colon, an at sign, "www." parts. */
  private static int clues(CharSequence s) {
    int clues = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '@') {
        return COLON_OR_AT;
      }
      clues |= c == 'w' || c == 'W' ? W : c == '.' ? DOT : 0;
    }
    return clues;
  }

  private static int count(CharSequence s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
