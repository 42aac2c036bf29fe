package dev.tsuzuri.serve.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.convert.internal.Note;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers the requests: {@code /} (the index), {@code /note/TARGET} (a note's page), {@code
 * /out/PATH} (an output, made on request), {@code /slides/TARGET} (the slide pictures' list),
 * {@code /events/[TARGET]} (live reload) and {@code /assets/NAME}. Only GET and HEAD; only
 * paths {@link RequestPath} accepts; on a loopback server only loopback host names (against DNS
 * rebinding). Nothing of the notes' folder is served as it is: only the outputs of notes the
 * catalog lists, found among the files their conversion reported.
 */
public final class Router implements HttpHandler {
  private static final List<String> ASSETS = List.of("preview.css", "preview.js");

  private final Site site;
  private final boolean loopbackOnly;

  /**
   * @param site what to serve
   * @param loopbackOnly whether to answer only requests naming a loopback host
   */
  public Router(Site site, boolean loopbackOnly) {
    this.site = site;
    this.loopbackOnly = loopbackOnly;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.error(ex, 405, "method not allowed");
        return;
      }
      if (loopbackOnly && !loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
        Responses.error(ex, 403, "forbidden host");
        return;
      }
      Optional<List<String>> path = RequestPath.segments(ex.getRequestURI().getRawPath());
      if (path.isEmpty()) {
        Responses.error(ex, 403, "forbidden");
        return;
      }
      route(ex, path.get());
    } catch (IOException e) {
      // the browser went away
    } catch (RuntimeException e) {
      Responses.error(ex, 500, "internal error: " + e);
    } finally {
      ex.close();
    }
  }

  private void route(HttpExchange ex, List<String> s) throws IOException {
    if (s.isEmpty()) {
      String name = site.served().toAbsolutePath().normalize().getFileName() == null ? "/"
          : site.served().toAbsolutePath().normalize().getFileName().toString();
      Responses.page(ex, 200, Pages.index(name, site.rows(), site.settingsError(),
          site.live().version("")));
      return;
    }
    String rest = String.join("/", s.subList(1, s.size()));
    switch (s.get(0)) {
      case "note" -> note(ex, rest, s.size() - 1);
      case "out" -> output(ex, rest, s.size() - 1);
      case "slides" -> slides(ex, rest);
      case "events" -> site.live().stream(ex, rest, seenVersion(ex));
      case "assets" -> asset(ex, rest);
      default -> Responses.error(ex, 404, "not found");
    }
  }

  private void note(HttpExchange ex, String target, int depth) throws IOException {
    Optional<Note> note = site.catalog().note(target);
    if (note.isEmpty()) {
      Responses.error(ex, 404, "no such note");
      return;
    }
    NoteResult html = site.builds().build(note.get(), "html");
    Responses.page(ex, 200, Pages.note(target, depth, site.summary(note.get(), html),
        html, site.others(note.get()), site.settingsError(), site.live().version(target)));
  }

  private void output(HttpExchange ex, String path, int depth) throws IOException {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String format = ext.equals("png") ? "png" : ext;
    if (!Builds.FORMATS.contains(format)) {
      Responses.error(ex, 404, "not found");
      return;
    }
    for (Note n : site.catalog().owners(path)) {
      NoteResult r = site.builds().build(n, format);
      List<String> outputs = site.builds().outputs(format, r);
      if (outputs.contains(path)) {
        Path folder = site.builds().folder(format);
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
          break;
        }
        Responses.file(ex, file, format.equals("docx") || format.equals("pptx"));
        return;
      }
      String target = site.catalog().target(n);
      if (!path.equals(target + "." + ext)) {
        continue;
      }
      if (!r.ok()) {
        Responses.error(ex, 500, r.error());
        return;
      }
      if (!outputs.isEmpty()) {
        // one link, several files (a deck per session): list them
        Responses.page(ex, 200, Pages.files(target + " (" + format + ")", depth, outputs));
        return;
      }
    }
    Responses.error(ex, 404, "not found");
  }

  private void slides(HttpExchange ex, String target) throws IOException {
    Optional<Note> note = site.catalog().note(target);
    if (note.isEmpty()) {
      Responses.error(ex, 404, "no such note");
      return;
    }
    NoteResult r = site.builds().build(note.get(), "png");
    StringBuilder json = new StringBuilder("{\"slides\": [");
    String sep = "";
    for (String o : site.builds().outputs("png", r)) {
      if (!o.endsWith("-contact.png")) {
        json.append(sep).append(quote("out/" + RequestPath.encode(o)));
        sep = ", ";
      }
    }
    json.append("], \"error\": ").append(r.ok() ? "null" : quote(r.error())).append("}\n");
    Responses.text(ex, 200, Responses.type("x.json"), json.toString());
  }

  private static void asset(HttpExchange ex, String name) throws IOException {
    if (!ASSETS.contains(name)) {
      Responses.error(ex, 404, "not found");
      return;
    }
    try (InputStream in = Router.class.getResourceAsStream(name)) {
      if (in == null) {
        Responses.error(ex, 404, "not found");
        return;
      }
      Responses.bytes(ex, 200, Responses.type(name), in.readAllBytes());
    }
  }

  private static long seenVersion(HttpExchange ex) {
    String q = ex.getRequestURI().getRawQuery();
    if (q != null && q.startsWith("v=") && q.length() > 2 && q.length() <= 20
        && q.substring(2).chars().allMatch(Character::isDigit)) {
      return Long.parseLong(q.substring(2));
    }
    return -1;
  }

  /** True for {@code localhost}, {@code 127.x.x.x} and {@code [::1]}, with any port. */
  static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      return h.startsWith("[::1]");
    }
    int colon = h.indexOf(':');
    String name = colon < 0 ? h : h.substring(0, colon);
    if (name.equals("localhost")) {
      return true;
    }
    String[] parts = name.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
