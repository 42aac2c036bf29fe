package dev.tsuzuri.outline;

import java.net.URI;
import java.util.Objects;

/**
 * A link shown as a card (Hugo's {@code blogcard} shortcode).
 *
 * @param url the target address
 * @param title the card's title; "" when the note gave none (writers then show the URL)
 * @param description a short description, or ""
 */
public record LinkCard(String url, String title, String description, int line) implements Block {
  public LinkCard {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }

  /** The host part of the URL ("example.com"), or "" when the URL has none. */
  public String domain() {
    return Links.domain(url);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitLinkCard(this);
  }

  /** Small helpers shared by link-like blocks. */
  static final class Links {
    private Links() {}

    static String domain(String url) {
      try {
        String host = new URI(url.trim()).getHost();
        return host == null ? "" : host.startsWith("www.") ? host.substring(4) : host;
      } catch (Exception e) {
        return "";
      }
    }
  }
}
