package dev.tsuzuri.serve.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writing responses: headers every response gets, bodies from text or files, HEAD handled. */
final class Responses {
  /** The server's own pages: scripts and styles only from the server, frames only from it. */
  static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'";

  /**
   * A converted note's HTML: no script at all, nothing fetched but inline styles and data:
   * pictures and fonts, whatever the note's raw HTML tried.
   */
  static final String OUTPUT_POLICY = "default-src 'none'; img-src data:; font-src data:; "
      + "style-src 'unsafe-inline'; frame-ancestors 'self'";

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "png", "image/png",
      "json", "application/json; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8");

  private Responses() {}

  /** The content type of a file name's extension. */
  static String type(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  /** Sends text with a status and content type. */
  static void text(HttpExchange ex, int status, String type, String body) throws IOException {
    bytes(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends one of the server's pages. */
  static void page(HttpExchange ex, int status, String html) throws IOException {
    ex.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
    text(ex, status, TYPES.get("html"), html);
  }

  /** Sends an error status with a short plain message, and nothing else. */
  static void error(HttpExchange ex, int status, String message) throws IOException {
    text(ex, status, "text/plain; charset=utf-8", status + " " + message + "\n");
  }

  /** Sends bytes. */
  static void bytes(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    common(ex.getResponseHeaders(), type);
    if (isHead(ex)) {
      ex.sendResponseHeaders(status, -1);
    } else {
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  /** Sends a file, inline or as a download. */
  static void file(HttpExchange ex, Path file, boolean download) throws IOException {
    String name = file.getFileName().toString();
    Headers h = ex.getResponseHeaders();
    common(h, type(name));
    if (name.toLowerCase(Locale.ROOT).endsWith(".html")) {
      h.set("Content-Security-Policy", OUTPUT_POLICY);
    }
    h.set("Content-Disposition", (download ? "attachment" : "inline") + "; filename*=UTF-8''"
        + RequestPath.encode(name));
    long size = Files.size(file);
    if (isHead(ex)) {
      ex.sendResponseHeaders(200, -1);
    } else {
      ex.sendResponseHeaders(200, size == 0 ? -1 : size);
      try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
        in.transferTo(out);
      }
    }
    ex.close();
  }

  private static void common(Headers h, String type) {
    h.set("Content-Type", type);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "SAMEORIGIN");
  }

  private static boolean isHead(HttpExchange ex) {
    return ex.getRequestMethod().equals("HEAD");
  }
}
