package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Embed;
import dev.tsuzuri.outline.LinkCard;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Embedded players ({@code <iframe>}, and the {@code <script>} tags of Gist and Speaker Deck)
 * as the page they show: documents cannot play them, so they become link cards to it. Nothing is
 * fetched.
 */
final class Embeds {
  private static final Pattern YOUTUBE = Pattern.compile(
      "^(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([A-Za-z0-9_-]{1,64})");
  private static final Pattern VIMEO = Pattern.compile("^player\\.vimeo\\.com/video/([0-9]{1,20})");
  private static final Pattern SLIDESHARE = Pattern.compile(
      "^(?:[a-z]{2,3}\\.|www\\.)?slideshare\\.net/slideshow/embed_code/(?:key/)?([A-Za-z0-9_-]{1,64})");
  private static final Pattern SPEAKERDECK = Pattern.compile(
      "^speakerdeck\\.com/player/([A-Za-z0-9_-]{1,64})");
  private static final Pattern GOOGLE_SLIDES = Pattern.compile(
      "^docs\\.google\\.com/presentation/d/(?:e/)?([A-Za-z0-9_-]{1,128})");
  private static final Pattern CODEPEN = Pattern.compile(
      "^codepen\\.io/([A-Za-z0-9_-]{1,64})/(?:embed|pen)/(?:preview/)?([A-Za-z0-9_-]{1,64})");
  private static final Pattern GIST = Pattern.compile(
      "^gist\\.github\\.com/([A-Za-z0-9_-]{1,64})/([0-9a-f]{1,64})");

  private Embeds() {}

  /**
   * Where an embed leads and what to call it.
   *
   * @param kind the provider ("youtube" …), or "" for an unknown page
   */
  record Target(String kind, String url, String label) {}

  /** The page an {@code <iframe>} shows, or null (the drop reported) when it has none. */
  static Target of(Element iframe, Reading r) {
    String src = r.address(iframe, "src");
    if (src.isEmpty()) {
      src = r.address(iframe, "data-src");
    }
    String title = iframe.attr("title").strip();
    Target t = known(src, title);
    if (t != null) {
      return t;
    }
    String url = absolute(src);
    if (url == null) {
      r.ctx.dropped(r.line(iframe), "an <iframe> without a web address");
      return null;
    }
    return new Target("", url, title);
  }

  /** The block for an {@code <iframe>}: an embed of a known provider, else a link card. */
  static Block block(Element iframe, Reading r) {
    Target t = of(iframe, r);
    if (t == null) {
      return null;
    }
    return t.kind().isEmpty() ? new LinkCard(t.url(), t.label(), "", r.line(iframe))
        : new Embed(t.kind(), t.url(), t.label(), r.line(iframe));
  }

  /** The embed a {@code <script>} stands for (a Gist, a Speaker Deck), or null. */
  static Embed script(Element script, Reading r) {
    if (script.hasClass("speakerdeck-embed") && !script.attr("data-id").isBlank()) {
      String id = script.attr("data-id").strip();
      if (id.matches("[A-Za-z0-9_-]{1,64}")) {
        return new Embed("speakerdeck", "https://speakerdeck.com/player/" + id,
            "Speaker Deck: " + id, r.line(script));
      }
    }
    String rest = hostAndPath(script.attr("src"));
    Matcher m = rest == null ? null : GIST.matcher(rest);
    if (m != null && m.lookingAt()) {
      return new Embed("gist", "https://gist.github.com/" + m.group(1) + "/" + m.group(2),
          "Gist: " + m.group(1) + "/" + m.group(2), r.line(script));
    }
    return null;
  }

  private static Target known(String src, String title) {
    String rest = hostAndPath(src);
    if (rest == null) {
      return null;
    }
    Matcher m;
    if ((m = YOUTUBE.matcher(rest)).lookingAt()) {
      return target("youtube", "https://www.youtube.com/watch?v=" + m.group(1), title,
          "YouTube: " + m.group(1));
    }
    if ((m = VIMEO.matcher(rest)).lookingAt()) {
      return target("vimeo", "https://vimeo.com/" + m.group(1), title, "Vimeo: " + m.group(1));
    }
    if ((m = SLIDESHARE.matcher(rest)).lookingAt()) {
      return target("slideshare", absolute(src), title, "SlideShare: " + m.group(1));
    }
    if ((m = SPEAKERDECK.matcher(rest)).lookingAt()) {
      return target("speakerdeck", "https://speakerdeck.com/player/" + m.group(1), title,
          "Speaker Deck: " + m.group(1));
    }
    if ((m = GOOGLE_SLIDES.matcher(rest)).lookingAt()) {
      String url = "https://docs.google.com/presentation/d/"
          + (rest.contains("/d/e/") ? "e/" : "") + m.group(1);
      return target("googleslides", url, title, "Google Slides");
    }
    if ((m = CODEPEN.matcher(rest)).lookingAt()) {
      return target("codepen", "https://codepen.io/" + m.group(1) + "/pen/" + m.group(2), title,
          "CodePen: " + m.group(1) + "/" + m.group(2));
    }
    if ((m = GIST.matcher(rest)).lookingAt()) {
      return target("gist", "https://gist.github.com/" + m.group(1) + "/" + m.group(2), title,
          "Gist: " + m.group(1) + "/" + m.group(2));
    }
    return null;
  }

  private static Target target(String kind, String url, String title, String label) {
    return new Target(kind, url, title.isEmpty() ? label : title);
  }

  /** "host/path…" of a web address (the scheme and "//" removed, host lower case), or null. */
  private static String hostAndPath(String src) {
    String url = absolute(src);
    if (url == null) {
      return null;
    }
    String rest = url.substring(url.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
    return host + (slash < 0 ? "" : rest.substring(slash));
  }

  /** An http(s) address, a protocol-relative one as https; null for anything else. */
  static String absolute(String src) {
    String s = src.strip();
    String lower = s.length() > 8 ? s.substring(0, 8).toLowerCase(Locale.ROOT)
        : s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("//")) {
      return "https:" + s;
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return s;
    }
    return null;
  }
}
