package dev.tsuzuri.outline;

import java.util.Objects;

/**
 * Embedded third-party content (a tweet, a YouTube video, a gist …). Documents cannot play or
 * fetch it, so writers show it as a link; nothing is downloaded.
 *
 * @param kind the provider, lower case: "tweet", "youtube", "gist", "vimeo", "instagram" …
 * @param url the full address of the content on the web
 * @param label a human-readable label ("YouTube: dQw4w9WgXcQ")
 */
public record Embed(String kind, String url, String label, int line) implements Block {
  public Embed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(label, "label");
  }

  /** The host part of the URL, or "". */
  public String domain() {
    return LinkCard.Links.domain(url);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitEmbed(this);
  }
}
