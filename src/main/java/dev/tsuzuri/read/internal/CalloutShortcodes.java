package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeContext;
import dev.tsuzuri.read.ShortcodeHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The themes' admonition and tab shortcodes, read into {@link Callout}s: Relearn/Learn's
 * {@code notice}, Docsy's and Blowfish's {@code alert}, Hextra's {@code callout}, Hugo Book's
 * {@code hint}, {@code admonition}, the one-kind {@code note}, {@code tip} …, and the tab sets
 * {@code tabs}/{@code tabpane} with their {@code tab}s. A tab is a callout of the neutral kind
 * {@link Callout.Kind#TAB} titled with its name, not a section: tabs are alternatives side by
 * side inside the text, and a section would enter the headings (table of contents, slide titles)
 * and could not sit inside a list or another box.
 */
final class CalloutShortcodes {
  private CalloutShortcodes() {}

  /** Adds the handlers to a map of built-in handlers by name. */
  static void addTo(Map<String, ShortcodeHandler> handlers) {
    handlers.put("notice", new Admonition(Callout.Kind.NOTE, true));
    handlers.put("alert", new Admonition(Callout.Kind.INFO, true));
    handlers.put("hint", new Admonition(Callout.Kind.INFO, true));
    handlers.put("callout", new Admonition(Callout.Kind.NOTE, true));
    handlers.put("admonition", new Admonition(Callout.Kind.NOTE, true));
    for (Callout.Kind k : List.of(Callout.Kind.NOTE, Callout.Kind.TIP, Callout.Kind.INFO,
        Callout.Kind.WARNING, Callout.Kind.CAUTION, Callout.Kind.IMPORTANT,
        Callout.Kind.DANGER)) {
      handlers.put(k.id(), new Admonition(k, false));
    }
    TabSet tabs = new TabSet();
    handlers.put("tabs", tabs);
    handlers.put("tabpane", tabs);
    handlers.put("tab", new Tab());
  }

  /**
   * An admonition. Its kind is the first of {@code style=}, {@code type=}, {@code color=},
   * {@code kind=} and {@code icon=} given; for the generic names ({@code notice}, {@code alert}
   * …) the first positional argument (Relearn's style, Hugo Book's hint, Blowfish's icon) comes
   * before {@code icon=}, and the second is the title. For the one-kind names ({@code tip} …)
   * the first positional argument is the title.
   */
  static final class Admonition implements ShortcodeHandler {
    private final Callout.Kind fallback;
    private final boolean generic;

    Admonition(Callout.Kind fallback, boolean generic) {
      this.fallback = fallback;
      this.generic = generic;
    }

    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      return context.inlines(sc.inner());
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      Callout.Kind kind = null;
      for (String key : List.of("style", "type", "color", "kind")) {
        if (kind == null && !sc.arg(key).isBlank()) {
          kind = kindOf(sc, sc.arg(key), context);
        }
      }
      String first = sc.arg("", 0);
      boolean icon = sc.name().equalsIgnoreCase("alert");
      if (kind == null && generic && !first.isBlank()) {
        // Blowfish's first argument is an icon, most of which name no kind: no warning then
        kind = icon ? CalloutKinds.of(first) : kindOf(sc, first, context);
      }
      if (kind == null && !sc.arg("icon").isBlank()) {
        kind = CalloutKinds.of(sc.arg("icon"));
      }
      String title = sc.arg("title", generic ? 1 : 0).strip();
      List<Inline> titleInlines = title.isEmpty() ? List.of() : context.inlines(title);
      return List.of(new Callout(kind == null ? fallback : kind, titleInlines,
          context.blocks(sc.inner(), sc.line()), sc.line()));
    }

    private static Callout.Kind kindOf(Shortcode sc, String spelling, ShortcodeContext cx) {
      Callout.Kind k = CalloutKinds.of(spelling);
      if (k == null) {
        cx.warn(sc.line(), sc.name() + " shortcode: style '" + shorten(spelling)
            + "' is not a known kind; drawn as a note");
        return Callout.Kind.NOTE;
      }
      return k;
    }
  }

  /**
   * {@code tabs}/{@code tabpane}: its tabs in order. Tabs without a name of their own take
   * theirs from {@code items="A,B"} (Hextra); any other text in the set is kept around them.
   */
  static final class TabSet implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      return context.inlines(sc.inner());
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      List<String> items = new ArrayList<>();
      for (String item : sc.arg("items").split(",", 1000)) {
        items.add(item.strip());
      }
      List<Block> out = new ArrayList<>();
      int index = 0;
      for (Block b : context.blocks(sc.inner(), sc.line())) {
        if (b instanceof Callout c && c.kind() == Callout.Kind.TAB) {
          List<Inline> title = c.title();
          if (title.isEmpty()) {
            String name = index < items.size() && !items.get(index).isEmpty() ? items.get(index)
                : "Tab " + (index + 1);
            title = List.of(new Inline.Text(name));
          }
          index++;
          out.add(new Callout(Callout.Kind.TAB, title, c.blocks(), c.line()));
        } else {
          out.add(b);
        }
      }
      return out;
    }
  }

  /**
   * {@code tab}: named by {@code name=} (Hextra, Learn), {@code title=} (Relearn), {@code
   * header=} (Docsy) or its first positional argument. Docsy shows a {@code {{< tab lang="x"
   * >}}} as code unless {@code text=true}: so does this.
   */
  static final class Tab implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      return context.inlines(sc.inner());
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      String name = sc.arg("name");
      for (String key : List.of("title", "header")) {
        if (name.isBlank()) {
          name = sc.arg(key);
        }
      }
      if (name.isBlank()) {
        name = sc.arg("", 0);
      }
      List<Inline> title = name.isBlank() ? List.of() : context.inlines(name.strip());
      List<Block> body;
      String lang = sc.arg("lang").strip();
      if (!lang.isEmpty() && !"true".equals(sc.arg("text")) && sc.source().startsWith("{{<")) {
        String code = Prepared.unescapeShortcodes(sc.inner())
            .replaceFirst("^[ \\t]*\\n", "").replaceFirst("\\n[ \\t]*$", "");
        body = List.of(new CodeBlock(lang, code, sc.line()));
      } else {
        body = context.blocks(sc.inner(), sc.line());
      }
      return List.of(new Callout(Callout.Kind.TAB, title, body, sc.line()));
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
