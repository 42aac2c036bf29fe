package dev.tsuzuri.outline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A boxed aside: an admonition ("note", "warning" …) from a theme's shortcode or a GitHub/Hugo
 * alert ({@code > [!NOTE]}), or one tab of a tab set, drawn as a coloured box by every writer.
 *
 * @param kind what sort of aside it is, which sets its colour
 * @param title the title written in the note, or empty: writers then show the kind's name (a
 *     tab always has one, its tab's name)
 * @param blocks the content
 * @param line the 1-based source line, or 0
 */
public record Callout(Kind kind, List<Inline> title, List<Block> blocks, int line)
    implements Block {

  /**
   * The sorts of callout, the union of GitHub's five alert types and the themes' usual styles;
   * the reader folds every other spelling into one of these.
   */
  public enum Kind {
    /** Neutral information ("note", Docsy's "secondary"). */
    NOTE,
    /** Background information ("info", Docsy's "primary"). */
    INFO,
    /** A helpful hint ("tip", "hint", "success"). */
    TIP,
    /** Something the reader must not miss. */
    IMPORTANT,
    /** Something that may go wrong. */
    WARNING,
    /** A risk to act on with care. */
    CAUTION,
    /** Harm or loss of data ("danger", "error"). */
    DANGER,
    /** One tab of a tab set: a neutral box titled with the tab's name. */
    TAB;

    /** The kind's name as JSON and CSS write it ("warning"). */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Callout {
    Objects.requireNonNull(kind, "kind");
    title = List.copyOf(title);
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitCallout(this);
  }
}
