package dev.tsuzuri.write;

import dev.tsuzuri.diag.WarningSink;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which link targets become clickable, the same in every output (HTML {@code href}, PDF link
 * annotations, Word and PowerPoint hyperlink relationships).
 *
 * <p>Kept: {@code http:}, {@code https:} and {@code mailto:} addresses; in-document anchors
 * ({@code #id}); relative addresses (no scheme, not {@code //host}), which name sibling outputs
 * or files beside them. Before its own rules the policy asks the context's {@link LinkResolver}
 * about each link without a scheme, so that links between notes of one run point at the other
 * note's output of the same format. Everything else ({@code javascript:}, {@code vbscript:},
 * {@code file:}, {@code data:}, {@code //host}, any other scheme) is dropped: the writer keeps
 * the link's text without the link, and the policy warns once per document.
 *
 * <p>Tabs, line breaks and control characters are removed before the scheme is read (browsers
 * ignore them, so {@code java&#9;script:} is still a script); characters a URI cannot hold are
 * percent-encoded, so what a writer receives is a valid URI reference.
 *
 * <p>One policy per written document: it remembers whether it has warned. Not thread-safe.
 */
public final class LinkPolicy {
  /** What kind of target a kept link has. */
  public enum Kind {
    /** An {@code http:}, {@code https:} or {@code mailto:} address. */
    WEB,
    /** An anchor in the same document: the address is {@code #id}. */
    ANCHOR,
    /** A relative address: a sibling output, or a file beside the output. */
    RELATIVE
  }

  /**
   * A kept link.
   *
   * @param kind what the address is
   * @param address the address to write, a valid URI reference ({@code #id} for an anchor)
   */
  public record Target(Kind kind, String address) {
    public Target {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(address, "address");
    }

    /** The anchor's id without the {@code #}; only for {@link Kind#ANCHOR}. */
    public String anchor() {
      return address.substring(1);
    }
  }

  private static final int SHOWN = 80;

  private final LinkResolver resolver;
  private final WarningSink warnings;
  private final String extension;
  private boolean warned;

  /**
   * A policy for one document.
   *
   * @param resolver resolves links between notes of one run
   * @param warnings where the one warning about dropped links goes
   * @param extension the extension of the output being written, handed to the resolver
   */
  public LinkPolicy(LinkResolver resolver, WarningSink warnings, String extension) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.extension = Objects.requireNonNull(extension, "extension");
  }

  /** A policy for one document written with this context. */
  public static LinkPolicy of(WriteContext context, String extension) {
    return new LinkPolicy(context.links(), context.warnings(), extension);
  }

  /**
   * The target a link may have, or empty when it must stay text. A dropped link is reported once
   * per document, naming the first one and no line: every format warns alike, so a note written
   * in several formats gets one warning.
   *
   * @param url the link as written in the note
   */
  public Optional<Target> check(String url) {
    Optional<Target> t = classify(url);
    if (t.isEmpty() && !warned && !url.isBlank()) {
      warned = true;
      warnings.warn("link left out, its text kept (only http, https, mailto, in-document"
          + " and relative links are kept): " + shown(url));
    }
    return t;
  }

  /** Like {@link #check} without a warning. */
  public Optional<Target> classify(String url) {
    String u = normalize(url);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    if (u.startsWith("#")) {
      return u.length() > 1 ? valid(Kind.ANCHOR, u) : Optional.empty();
    }
    String scheme = scheme(u);
    if (scheme != null) {
      return switch (scheme) {
        case "http", "https", "mailto" -> valid(Kind.WEB, u);
        default -> Optional.empty();
      };
    }
    Optional<String> resolved = resolver.resolve(u, extension);
    String relative = resolved.map(LinkPolicy::normalize).orElse(u);
    if (scheme(relative) != null || relative.startsWith("//") || relative.isEmpty()) {
      return Optional.empty();
    }
    return valid(relative.startsWith("#") ? Kind.ANCHOR : Kind.RELATIVE, relative);
  }

  /** True when the link may be clickable; no warning. */
  public boolean allows(String url) {
    return classify(url).isPresent();
  }

  private static Optional<Target> valid(Kind kind, String u) {
    String encoded = encode(u);
    try {
      new URI(encoded);
      return Optional.of(new Target(kind, encoded));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The link without surrounding spaces, and without the tabs, line breaks and other control
   * characters a browser would skip when reading it.
   */
  static String normalize(String url) {
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7F && !(c >= 0x80 && c <= 0x9F)) {
        b.append(c);
      } else if (c == ' ' && b.length() > 0) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  /**
   * The lower-case scheme, or null for a relative address: the letters before the first
   * {@code :} that comes before any {@code /}, {@code ?} or {@code #}. A backslash counts as a
   * slash, as browsers read it.
   */
  static String scheme(String u) {
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c == ':') {
        return i == 0 ? "" : u.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (c == '/' || c == '\\' || c == '?' || c == '#') {
        return null;
      }
    }
    return null;
  }

  /** Percent-encodes the ASCII characters a URI cannot hold, and every '#' after the first. */
  static String encode(String url) {
    StringBuilder b = new StringBuilder(url.length() + 8);
    boolean fragment = false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '#') {
        b.append(fragment ? "%23" : "#");
        fragment = true;
      } else if (c <= ' ' || c == 0x7F || "\\\"<>{}|^`".indexOf(c) >= 0) {
        b.append('%').append(String.format("%02X", (int) c));
      } else if (c == '%' && !(i + 2 < url.length() && hex(url.charAt(i + 1))
          && hex(url.charAt(i + 2)))) {
        b.append("%25");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean hex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static String shown(String url) {
    String s = normalize(url);
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }
}
