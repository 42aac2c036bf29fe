package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Details;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.LinkCard;
import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeContext;
import dev.tsuzuri.read.ShortcodeHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The handlers for Hugo's common shortcodes and the blog themes' {@code blogcard}. */
public final class BuiltinShortcodes {
  private BuiltinShortcodes() {}

  /** Every built-in handler, by name. */
  public static Map<String, ShortcodeHandler> all() {
    Map<String, ShortcodeHandler> m = new HashMap<>();
    m.put("blogcard", new BlogCard());
    m.put("figure", new FigureHandler());
    EmbedHandler tweet = new EmbedHandler("tweet");
    m.put("tweet", tweet);
    m.put("x", tweet);
    m.put("twitter", tweet);
    m.put("youtube", new EmbedHandler("youtube"));
    m.put("vimeo", new EmbedHandler("vimeo"));
    m.put("instagram", new EmbedHandler("instagram"));
    m.put("gist", new EmbedHandler("gist"));
    m.put("speakerdeck", new EmbedHandler("speakerdeck"));
    m.put("highlight", new Highlight());
    RefHandler ref = new RefHandler();
    m.put("ref", ref);
    m.put("relref", ref);
    m.put("details", new DetailsHandler());
    CalloutShortcodes.addTo(m);
    return m;
  }

  private static List<Inline> link(String url, String text) {
    return List.of(new Inline.Link(url, "", List.of(new Inline.Text(text.isEmpty() ? url : text))));
  }

  /** {@code {{< blogcard "https://…" >}}}: a link card. */
  static final class BlogCard implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      return link(sc.arg("url", 0), sc.arg("title", 1));
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      return List.of(new LinkCard(sc.arg("url", 0), sc.arg("title", 1),
          sc.arg("description", 2), sc.line()));
    }
  }

  /** {@code {{< figure src="…" alt="…" caption="…" link="…" >}}}. */
  static final class FigureHandler implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      Inline image = new Inline.Image(sc.arg("src", 0), alt(sc), sc.arg("title"));
      String link = sc.arg("link");
      return List.of(link.isEmpty() ? image : new Inline.Link(link, "", List.of(image)));
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      // themes' picture shortcodes name the caption cap= or title=
      String caption = sc.arg("caption").isEmpty() ? sc.arg("cap") : sc.arg("caption");
      List<Inline> captionInlines = caption.isEmpty() ? List.of() : context.inlines(caption);
      return List.of(new Figure(sc.arg("src", 0), alt(sc), sc.arg("title"), captionInlines,
          sc.arg("link"), sc.line()));
    }

    private static String alt(Shortcode sc) {
      String alt = sc.arg("alt");
      return alt.isEmpty() ? sc.arg("caption").replaceAll("[*_`]", "") : alt;
    }
  }

  /** Tweets, videos, gists: a link to the content on the web, nothing fetched. */
  static final class EmbedHandler implements ShortcodeHandler {
    private final String kind;

    EmbedHandler(String kind) {
      this.kind = kind;
    }

    Embed embed(Shortcode sc) {
      switch (kind) {
        case "tweet": {
          String user = sc.arg("user", sc.positional().size() > 1 ? 0 : -1);
          String id = sc.arg("id", sc.positional().size() > 1 ? 1 : 0);
          String url = user.isEmpty() ? "https://x.com/i/status/" + id
              : "https://x.com/" + user + "/status/" + id;
          return new Embed("tweet", url, "X: " + (user.isEmpty() ? "" : "@" + user + " ") + id,
              sc.line());
        }
        case "youtube": {
          String id = sc.arg("id", 0);
          String title = sc.arg("title");
          return new Embed("youtube", "https://www.youtube.com/watch?v=" + id,
              title.isEmpty() ? "YouTube: " + id : title, sc.line());
        }
        case "vimeo": {
          String id = sc.arg("id", 0);
          return new Embed("vimeo", "https://vimeo.com/" + id, "Vimeo: " + id, sc.line());
        }
        case "instagram": {
          String id = sc.arg("id", 0);
          return new Embed("instagram", "https://www.instagram.com/p/" + id + "/",
              "Instagram: " + id, sc.line());
        }
        case "speakerdeck": {
          String id = sc.arg("id", 0);
          return new Embed("speakerdeck", "https://speakerdeck.com/player/" + id,
              "Speaker Deck: " + id, sc.line());
        }
        default: {
          String user = sc.arg("user", 0);
          String id = sc.arg("id", 1);
          String file = sc.arg("file", 2);
          String url = "https://gist.github.com/" + user + "/" + id
              + (file.isEmpty() ? "" : "#file-" + file.replaceAll("[^A-Za-z0-9]", "-"));
          return new Embed("gist", url, "Gist: " + user + "/" + id
              + (file.isEmpty() ? "" : " " + file), sc.line());
        }
      }
    }

    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      Embed e = embed(sc);
      return link(e.url(), e.label());
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      return List.of(embed(sc));
    }
  }

  /** {@code {{< highlight go >}}…{{< /highlight >}}}: a code block. */
  static final class Highlight implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      return List.of(new Inline.Code(code(sc).replace('\n', ' ')));
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      if (!sc.paired()) {
        context.warn(sc.line(), "highlight shortcode without {{< /highlight >}}; empty code");
      }
      return List.of(new CodeBlock(sc.arg("lang", 0), code(sc), sc.line()));
    }

    private static String code(Shortcode sc) {
      String s = Prepared.unescapeShortcodes(sc.inner());
      s = s.replaceFirst("^[ \\t]*\\n", "");
      return s.replaceFirst("\\n[ \\t]*$", "");
    }
  }

  /** {@code {{< ref "post.md" >}}}: a link to another page, by its path. */
  static final class RefHandler implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      String path = sc.arg("path", 0);
      return link(path, path);
    }
  }

  /** {@code {{< details summary="…" >}}…{{< /details >}}}: a collapsible block. */
  static final class DetailsHandler implements ShortcodeHandler {
    @Override
    public List<Inline> inline(Shortcode sc, ShortcodeContext context) {
      return context.inlines(summary(sc));
    }

    @Override
    public List<Block> block(Shortcode sc, ShortcodeContext context) {
      if (!sc.paired()) {
        context.warn(sc.line(), "details shortcode without {{< /details >}}");
      }
      return List.of(new Details(context.inlines(summary(sc)),
          context.blocks(sc.inner(), sc.line()), sc.line()));
    }

    private static String summary(Shortcode sc) {
      String s = sc.arg("summary", 0);
      return s.isEmpty() ? "Details" : s;
    }
  }
}
