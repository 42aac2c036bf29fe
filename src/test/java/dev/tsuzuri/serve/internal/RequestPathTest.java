package dev.tsuzuri.serve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RequestPathTest {
  @Test
  void decodesPlainAndEncodedNames() {
    assertEquals(Optional.of(List.of()), RequestPath.segments("/"));
    assertEquals(Optional.of(List.of("note", "posts", "a")), RequestPath.segments("/note/posts/a"));
    assertEquals(Optional.of(List.of("note", "勉強会メモ")),
        RequestPath.segments("/note/%E5%8B%89%E5%BC%B7%E4%BC%9A%E3%83%A1%E3%83%A2/"));
    assertEquals(Optional.of(List.of("out", "a b+c.pdf")), RequestPath.segments("/out/a%20b+c.pdf"));
    assertEquals(Optional.of(List.of("note", "😀")), RequestPath.segments("/note/😀"));
  }

  @Test
  void refusesEverythingALinkNeverHas() {
    for (String bad : List.of("", "x", "/..", "/a/../b", "/%2e%2e/x", "/%2E./x", "/./a", "/a//b",
        "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00b", "/a%0ab", "/%25", "/%252e%252e",
        "/a%", "/a%4", "/a%zz", "/%c0%ae%c0%ae", "/%ff", "/%ed%a0%80", "//")) {
      assertTrue(RequestPath.segments(bad).isEmpty(), bad);
    }
  }

  @Test
  void encodesSegmentsForLinks() {
    assertEquals("posts/%E5%8B%89%20a.md", RequestPath.encode("posts/勉 a.md"));
    assertEquals(Optional.of(List.of("posts", "勉 a.md")),
        RequestPath.segments("/" + RequestPath.encode("posts/勉 a.md")));
  }

  @Test
  @Timeout(10)
  void longPathsAreLinearAndBounded() {
    // past the 4096-character limit: refused at once, however long
    assertTrue(RequestPath.segments("/" + "a/".repeat(1_000_000)).isEmpty());
    assertTrue(RequestPath.segments("/" + "%41".repeat(700_000)).isEmpty());
    // within it: deep and long paths decode in one pass
    Optional<List<String>> deep = RequestPath.segments("/" + "a/".repeat(2000) + "b");
    assertEquals(2001, deep.orElseThrow().size());
    String encoded = "/" + "%E5%8B%89".repeat(450);
    assertEquals(450, RequestPath.segments(encoded).orElseThrow().get(0).length());
    assertFalse(Router.loopbackHost("127." + "1".repeat(2_000_000)));
    assertFalse(Router.loopbackHost("[" + ":".repeat(2_000_000)));
    assertTrue(Router.loopbackHost("127.0.0.1:1414"));
    assertTrue(Router.loopbackHost("localhost:8080"));
    assertTrue(Router.loopbackHost("[::1]:1414"));
    assertFalse(Router.loopbackHost("127.0.0.1.evil.example"));
    assertFalse(Router.loopbackHost("evil.example"));
  }
}
