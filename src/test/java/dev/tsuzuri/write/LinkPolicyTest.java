package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {
  private final WarningSink warnings = WarningSink.collecting("note.md");
  private final LinkPolicy policy = new LinkPolicy(LinkResolver.NONE, warnings, "pdf");

  private Optional<LinkPolicy.Target> check(String url) {
    return policy.check(url);
  }

  @Test
  void keepsWebMailAnchorsAndRelativeLinks() {
    assertEquals(new LinkPolicy.Target(LinkPolicy.Kind.WEB, "https://example.com/a?b=c#d"),
        check(" https://example.com/a?b=c#d ").orElseThrow());
    assertEquals(LinkPolicy.Kind.WEB, check("HTTP://example.com").orElseThrow().kind());
    assertEquals(LinkPolicy.Kind.WEB, check("mailto:a@example.com").orElseThrow().kind());
    LinkPolicy.Target anchor = check("#見出し").orElseThrow();
    assertEquals(LinkPolicy.Kind.ANCHOR, anchor.kind());
    assertEquals("見出し", anchor.anchor());
    assertEquals(new LinkPolicy.Target(LinkPolicy.Kind.RELATIVE, "../other/other.pdf#s"),
        check("../other/other.pdf#s").orElseThrow());
    assertEquals("a%20b.pdf", check("a b.pdf").orElseThrow().address());
    assertTrue(warnings.warnings().isEmpty());
  }

  @Test
  void dropsEveryOtherSchemeWithOneWarning() {
    for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)",
        " \tjava\tscript:alert(1)", "java\nscript:x", "\u0000javascript:x", "vbscript:msgbox",
        "file:///etc/passwd", "data:text/html,<script>", "ftp://example.com", "//evil.example",
        "C:\\Windows", "chrome://settings", ":nothing", "#", ""}) {
      assertTrue(check(bad).isEmpty(), bad);
    }
    assertEquals(1, warnings.warnings().size(), warnings.warnings()::toString);
    assertTrue(warnings.warnings().get(0).message().endsWith(": javascript:alert(1)"));
  }

  @Test
  void backslashesCannotMakeANetworkPath() {
    assertEquals("%5C%5Cevil%5Cshare", check("\\\\evil\\share").orElseThrow().address());
    assertEquals("/%5Cevil.example", check("/\\evil.example").orElseThrow().address());
  }

  @Test
  void theResolverMapsLinksBetweenNotesButCannotAddASchemeOrLeaveTheFolder() {
    LinkResolver site = (link, ext) -> switch (link) {
      case "/posts/other/" -> Optional.of("../other/other." + ext);
      case "/posts/self/#top" -> Optional.of("#top");
      case "/posts/evil/" -> Optional.of("file:///etc/passwd");
      case "/posts/far/" -> Optional.of("//evil.example/x");
      default -> Optional.empty();
    };
    LinkPolicy p = new LinkPolicy(site, warnings, "docx");
    assertEquals(new LinkPolicy.Target(LinkPolicy.Kind.RELATIVE, "../other/other.docx"),
        p.check("/posts/other/").orElseThrow());
    assertEquals(LinkPolicy.Kind.ANCHOR, p.check("/posts/self/#top").orElseThrow().kind());
    assertTrue(p.check("/posts/evil/").isEmpty());
    assertTrue(p.check("/posts/far/").isEmpty());
    assertEquals("/posts/unknown/", p.check("/posts/unknown/").orElseThrow().address());
    // schemes never reach the resolver
    assertTrue(new LinkPolicy((l, e) -> Optional.of("ok.pdf"), warnings, "pdf")
        .check("javascript:x").isEmpty());
  }

  @Test
  void longAddressesTakeLinearTime() {
    String longUrl = "https://example.com/" + "a%".repeat(1_000_000);
    assertEquals(LinkPolicy.Kind.WEB, check(longUrl).orElseThrow().kind());
    String longBad = " ".repeat(1_000_000) + "javascript:" + "x".repeat(1_000_000);
    assertTrue(check(longBad).isEmpty());
    assertTrue(warnings.warnings().get(0).message().length() < 300);
  }
}
