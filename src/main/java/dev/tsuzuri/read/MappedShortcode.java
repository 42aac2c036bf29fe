package dev.tsuzuri.read;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import java.util.List;

/** The handler of a {@link ShortcodeMapping}: what its kind makes of the shortcode's arguments. */
final class MappedShortcode implements ShortcodeHandler {
  private final ShortcodeMapping mapping;

  MappedShortcode(ShortcodeMapping mapping) {
    this.mapping = mapping;
  }

  /** The argument a parameter comes from: by position when it is a number, else by name. */
  private String arg(Shortcode sc, String param) {
    String from = mapping.source(param);
    if (from.chars().allMatch(Character::isDigit)) {
      int i = Integer.parseInt(from);
      return i < sc.positional().size() ? sc.positional().get(i) : "";
    }
    return sc.arg(from);
  }

  @Override
  public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
    return switch (mapping.kind()) {
      case LINK -> {
        String url = arg(sc, "url");
        String text = arg(sc, "text");
        yield List.of(new Inline.Link(url, "", text.isEmpty() ? List.of(new Inline.Text(url))
            : context.inlines(text)));
      }
      case FIGURE -> List.of(new Inline.Image(arg(sc, "src"), alt(sc), arg(sc, "title")));
      case DROP -> List.of();
      case INNER -> context.inlines(sc.inner());
      // a box cannot sit inside a line: its text stays, as the block form would show it
      case CALLOUT -> context.inlines(sc.inner());
    };
  }

  @Override
  public List<Block> block(Shortcode sc, ShortcodeContext context) {
    return switch (mapping.kind()) {
      case FIGURE -> {
        String caption = arg(sc, "caption");
        yield List.of(new Figure(arg(sc, "src"), alt(sc), arg(sc, "title"),
            caption.isEmpty() ? List.of() : context.inlines(caption), arg(sc, "link"),
            sc.line()));
      }
      case DROP -> List.of();
      case INNER -> context.blocks(sc.inner(), sc.line());
      case LINK -> ShortcodeHandler.super.block(sc, context);
      case CALLOUT -> {
        String title = arg(sc, "title");
        yield List.of(new Callout(kind(arg(sc, "kind")),
            title.isEmpty() ? List.of() : context.inlines(title),
            context.blocks(sc.inner(), sc.line()), sc.line()));
      }
    };
  }

  /** The callout kind an argument names by its id; a note when it names none. */
  private static Callout.Kind kind(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    for (Callout.Kind k : Callout.Kind.values()) {
      if (k.id().equals(v)) {
        return k;
      }
    }
    return Callout.Kind.NOTE;
  }

  private String alt(Shortcode sc) {
    String alt = arg(sc, "alt");
    return alt.isEmpty() ? arg(sc, "caption") : alt;
  }
}
