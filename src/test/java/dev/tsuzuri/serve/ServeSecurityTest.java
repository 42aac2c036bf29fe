package dev.tsuzuri.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.convert.ConvertRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that try to read outside the served folder, or to do anything but read, get a 403,
 * 404 or 405 and none of the file's content. Sent over a plain socket, byte for byte, so no
 * client library tidies the path first.
 */
@Timeout(120)
class ServeSecurityTest {
  private static final String SECRET = "SECRET-d41d8cd98f00";

  @TempDir Path dir;
  private PreviewServer server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("ok.md"), "# 公開メモ\n\n本文。\n", StandardCharsets.UTF_8);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.md"), "# " + SECRET + "\n", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("passwd"), SECRET, StandardCharsets.UTF_8);
    // a symbolic link to a folder outside, and one to a note outside
    Files.createSymbolicLink(content.resolve("link"), outside);
    Files.createSymbolicLink(content.resolve("escape.md"), outside.resolve("secret.md"));
    ConvertRequest request = ConvertRequest.builder().input(content).output(dir.resolve("cache"))
        .formats("html").drafts(true).build();
    server = PreviewServer.start(() -> new Project(request, List.of()),
        ServeOptions.defaults().withPort(0), line -> {});
    port = server.uri().getPort();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pathEscapesGetForbiddenOrNotFoundAndNoContent() throws Exception {
    List<String> attacks = List.of(
        "/../../etc/passwd",
        "/../passwd",
        "/out/../../passwd",
        "/out/%2e%2e/%2e%2e/passwd",
        "/out/%2E%2E%2F%2E%2E%2Fpasswd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/out/..%2f..%2fpasswd",
        "/note/link%2fsecret",
        "/out/%252e%252e%252fpasswd",
        "/out/%25252e%25252e/passwd",
        "/out/..%5c..%5cpasswd",
        "/out/%c0%ae%c0%ae/passwd",
        "/out/./ok.html",
        "/out//ok.html",
        "/out/ok.html%00.png",
        "/note/link/secret",
        "/out/link/secret.html",
        "/out/link/secret.pdf",
        "/note/escape",
        "/out/escape.html",
        "/link/secret.txt",
        "/content/ok.md",
        "/ok.md",
        "/outside/secret.txt",
        "/assets/../../passwd",
        "/assets/preview.js/../../../passwd",
        "/events/../../passwd");
    for (String path : attacks) {
      Response r = request("GET " + path + " HTTP/1.1");
      assertTrue(r.status() == 403 || r.status() == 404, path + " -> " + r.status());
      assertFalse(r.body().contains(SECRET), path + " showed the secret");
    }
    // a raw backslash is not even a valid request line: the JDK's server answers 400 itself
    Response backslash = request("GET /out/..\\..\\passwd HTTP/1.1");
    assertTrue(backslash.status() == 400 || backslash.status() == 403, "" + backslash.status());
    assertFalse(backslash.body().contains(SECRET));
  }

  @Test
  void symbolicLinksOutOfTheFolderAreNotListed() throws Exception {
    Response index = request("GET / HTTP/1.1");
    assertEquals(200, index.status());
    assertTrue(index.body().contains("公開メモ"), index.body());
    assertFalse(index.body().contains(SECRET));
    assertFalse(index.body().contains("escape"), "a linked note is not a note of the folder");
    assertEquals(200, request("GET /out/ok.html HTTP/1.1").status());
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
      Response r = request(method + " /out/ok.html HTTP/1.1", "Content-Length: 0");
      assertEquals(405, r.status(), method);
      assertTrue(r.headers().toLowerCase().contains("allow: get, head"), r.headers());
      assertFalse(r.body().contains("本文"), method);
    }
    Response head = request("HEAD /out/ok.html HTTP/1.1");
    assertEquals(200, head.status());
    assertEquals("", head.body());
  }

  @Test
  void aForeignHostNameIsRefusedAgainstDnsRebinding() throws Exception {
    Response r = request("GET / HTTP/1.1", "Host: attacker.example:" + port);
    assertEquals(403, r.status());
    assertFalse(r.body().contains("公開メモ"));
    assertEquals(200, request("GET / HTTP/1.1", "Host: localhost:" + port).status());
  }

  @Test
  void noFolderIsListed() throws Exception {
    for (String path : List.of("/out/", "/note/", "/assets/", "/content/", "/link/")) {
      Response r = request("GET " + path + " HTTP/1.1");
      assertTrue(r.status() == 404 || r.status() == 403, path + " -> " + r.status());
      assertFalse(r.body().contains("ok.md"), path);
    }
  }

  private record Response(int status, String headers, String body) {}

  private Response request(String requestLine, String... headers) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(60_000);
      StringBuilder req = new StringBuilder(requestLine).append("\r\n");
      boolean host = false;
      for (String h : headers) {
        req.append(h).append("\r\n");
        host |= h.startsWith("Host:");
      }
      if (!host) {
        req.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      req.append("Connection: close\r\n\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      String head = end < 0 ? all : all.substring(0, end);
      String body = end < 0 ? "" : all.substring(end + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Response(status, head, body);
    }
  }
}
