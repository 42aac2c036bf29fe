package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.Inline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's and Hugo's alerts: a block quote whose first line is {@code [!NOTE]} (any type, an
 * optional {@code -}/{@code +} fold mark, an optional title after it) is a {@link Callout}.
 */
final class Alerts {
  /** The marker line; bounded so that matching costs no more than the line's length. */
  private static final Pattern MARKER =
      Pattern.compile("\\[!([A-Za-z][A-Za-z-]{0,31})\\]([-+]?)[ \\t]*([^\\n]*)");

  private Alerts() {}

  /**
   * The callout a block quote is, or null for an ordinary quote. The marker line's nodes are
   * taken out of the flexmark tree, which is then read as the callout's content.
   */
  static Callout of(OutlineBuilder builder, BlockQuote quote, int line) {
    Node first = quote.getFirstChild();
    if (!(first instanceof com.vladsch.flexmark.ast.Paragraph p)) {
      return null;
    }
    String text = p.getChars().toString();
    int nl = text.indexOf('\n');
    String firstLine = (nl < 0 ? text : text.substring(0, nl)).strip();
    Matcher m = MARKER.matcher(firstLine);
    if (!m.matches()) {
      return null;
    }
    Callout.Kind kind = CalloutKinds.of(m.group(1));
    if (kind == null) {
      kind = Callout.Kind.NOTE;
      builder.session.warn(line, "alert type [!" + m.group(1) + "] is not a known kind; drawn"
          + " as a note");
    }
    String titleText = builder.prepared.restoreSource(m.group(3)).strip();
    List<Inline> title = titleText.isEmpty() ? List.of() : builder.session.inlines(titleText);
    Node n = p.getFirstChild();
    while (n != null) {
      Node next = n.getNext();
      boolean lineEnd = n instanceof SoftLineBreak || n instanceof HardLineBreak;
      n.unlink();
      if (lineEnd) {
        break;
      }
      n = next;
    }
    if (!p.hasChildren()) {
      p.unlink();
    }
    return new Callout(kind, title, builder.blocksOf(quote), line);
  }
}
