package dev.tsuzuri.write;

import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.Inline;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one colour table for callouts: every format draws a {@link Callout.Kind} alike. HTML and
 * PDF get it as the {@code callout-…} classes of {@link #css()}, Word as the border and shading
 * of the "Callout" paragraphs, PowerPoint as the fill and outline of the box. It also names the
 * kind where a callout has no title of its own.
 */
public final class CalloutColors {
  /**
   * How one kind is drawn.
   *
   * @param border the box's border and the title's colour, six hex digits
   * @param fill the box's background, six hex digits (light, so black text stays readable)
   * @param english the kind's name in an English note ("Warning")
   * @param japanese the kind's name in a Japanese note ("警告")
   */
  public record Look(String border, String fill, String english, String japanese) {}

  // GitHub's alert colours for the borders, lightened for the fills
  private static final Map<Callout.Kind, Look> LOOKS = new EnumMap<>(Map.of(
      Callout.Kind.NOTE, new Look("0969DA", "EEF4FC", "Note", "メモ"),
      Callout.Kind.INFO, new Look("1B7C9A", "EAF6F9", "Info", "情報"),
      Callout.Kind.TIP, new Look("1A7F37", "EDF7EF", "Tip", "ヒント"),
      Callout.Kind.IMPORTANT, new Look("8250DF", "F4EFFC", "Important", "重要"),
      Callout.Kind.WARNING, new Look("9A6700", "FDF6E3", "Warning", "警告"),
      Callout.Kind.CAUTION, new Look("BC4C00", "FDF0E8", "Caution", "注意"),
      Callout.Kind.DANGER, new Look("CF222E", "FDECEC", "Danger", "危険"),
      Callout.Kind.TAB, new Look("8C959F", "F6F8FA", "Tab", "タブ")));

  private CalloutColors() {}

  /** How a kind is drawn. */
  public static Look look(Callout.Kind kind) {
    return LOOKS.get(kind);
  }

  /** The CSS classes of a callout's box ("callout callout-warning"). */
  public static String cssClass(Callout.Kind kind) {
    return "callout callout-" + kind.id();
  }

  /**
   * The title a callout shows: its own, else its kind's name in the note's language. One rule for
   * every writer, so a note reads the same in each format.
   */
  public static List<Inline> title(Callout callout, boolean japanese) {
    if (!callout.title().isEmpty()) {
      return callout.title();
    }
    Look l = look(callout.kind());
    return List.of(new Inline.Text(japanese ? l.japanese() : l.english()));
  }

  /** The rules for the {@code callout-…} classes, for the default stylesheet. */
  public static String css() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Callout.Kind, Look> e : LOOKS.entrySet()) {
      Look l = e.getValue();
      String c = ".callout-" + e.getKey().id();
      b.append(c).append(" { border-color: #").append(l.border()).append("; background-color: #")
          .append(l.fill()).append("; }\n");
      b.append(c).append(" > .callout-title { color: #").append(l.border()).append("; }\n");
    }
    return b.toString();
  }
}
