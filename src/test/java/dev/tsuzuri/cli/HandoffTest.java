package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server takes a convert job over its socket as the launcher sends it: relative paths
 * are the caller's, output and errors come back framed with the exit code, and a job for another
 * jar, or one that watches, is answered "local".
 */
class HandoffTest {
  private static final String JAR = "/opt/tsuzuri/target/tsuzuri.jar 123 456";

  @TempDir Path dir;
  private Handoff server;
  private final StringWriter log = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = Handoff.start(dir.resolve("run/handoff.sock"), JAR, new PrintWriter(log, true));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void convertsWithTheCallersFolderAndReturnsOutputAndExitCode() throws IOException {
    Path caller = Files.createDirectories(dir.resolve("caller"));
    Files.writeString(caller.resolve("note.md"), "# 勉強会メモ\n\n- 一つ目\n  - 二つ目\n");
    String answer = send(JAR, caller, "convert", "note.md", "-t", "json", "-o", "out");
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    assertTrue(answer.contains("\no converted "), answer);
    assertTrue(answer.endsWith("\nx 0\n"), answer);
    Path json = caller.resolve("out/note.json");
    assertTrue(Files.exists(json), answer);
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(json));
    assertTrue(doc.toString().contains("二つ目"), doc.toString());
    // the output line names the output relative to the caller's folder, as a local run would
    assertTrue(answer.contains("-> out/note.json"), answer);
  }

  @Test
  void aFailedNoteGivesItsErrorFrameAndExitCodeOne() throws IOException {
    String answer = send(JAR, dir, "convert", "missing.md", "-t", "json", "-o", "out");
    assertTrue(answer.contains("\ne error: "), answer);
    assertTrue(answer.contains("missing.md"), answer);
    assertTrue(answer.endsWith("\nx 1\n"), answer);
  }

  @Test
  void aUsageErrorGivesExitCodeTwo() throws IOException {
    String answer = send(JAR, dir, "convert", "--no-such-option", "x.md");
    assertTrue(answer.contains("\ne tsuzuri: Unknown option"), answer);
    assertTrue(answer.endsWith("\nx 2\n"), answer);
  }

  @Test
  void anotherJarOrAWatchingJobIsAnsweredLocal() throws IOException {
    Files.writeString(dir.resolve("note.md"), "# メモ\n");
    String other = send("/elsewhere/tsuzuri.jar 1 2", dir, "convert", "note.md", "-o", "out");
    assertTrue(other.startsWith("HTTP/1.1 409") && other.endsWith("\r\n\r\nlocal\n"), other);
    String watching = send(JAR, dir, "convert", "note.md", "--watch", "-o", "out");
    assertTrue(watching.endsWith("\r\n\r\nlocal\n"), watching);
    String serve = send(JAR, dir, "serve", ".");
    assertTrue(serve.endsWith("\r\n\r\nlocal\n"), serve);
    assertTrue(Files.notExists(dir.resolve("out")), "nothing ran");
  }

  @Test
  void aMalformedRequestIsRefusedAndTheServerGoesOn() throws IOException {
    String answer = exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    // a header section that never ends is read no further than its limit: answered 400, or,
    // when the sender is still writing as the server closes, reset
    try {
      String noEnd = exchange("POST /convert HTTP/1.1\r\n".repeat(20_000)
          .getBytes(StandardCharsets.UTF_8));
      assertTrue(noEnd.startsWith("HTTP/1.1 400"), noEnd);
    } catch (IOException reset) {
      // the server stopped reading at its limit
    }
    Files.writeString(dir.resolve("note.md"), "# メモ\n");
    assertTrue(send(JAR, dir, "convert", "note.md", "-t", "json", "-o", "o2").endsWith("x 0\n"));
  }

  @Test
  void aSecondServerOnTheSameSocketIsRefusedAndAStaleSocketIsReplaced() throws IOException {
    Path socket = server.socket();
    assertThrows(IOException.class, () -> Handoff.start(socket, JAR, new PrintWriter(log)));
    server.close();
    Files.createFile(socket); // what a killed server leaves
    server = Handoff.start(socket, JAR, new PrintWriter(log, true));
    Files.writeString(dir.resolve("note.md"), "# メモ\n");
    assertTrue(send(JAR, dir, "convert", "note.md", "-t", "json", "-o", "o3").endsWith("x 0\n"));
  }

  @Test
  void aFolderOthersMayOpenIsRefused() throws IOException {
    Path open = Files.createDirectory(dir.resolve("open"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    IOException e = assertThrows(IOException.class,
        () -> Handoff.start(open.resolve("handoff.sock"), JAR, new PrintWriter(log)));
    assertTrue(e.getMessage().contains("mode 700"), e.getMessage());
  }

  @Test
  void theStampIsPathSizeAndSecond() throws IOException {
    Path jar = Files.write(dir.resolve("a.jar"), new byte[1234]);
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_999L));
    assertEquals(jar.toRealPath() + " 1234 1700000000", Handoff.stamp(jar));
  }

  /** Sends a job as the launcher does: the folder and arguments, each ended by NUL. */
  private String send(String jar, Path folder, String... args) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String field : concat(folder.toString(), args)) {
      body.writeBytes(field.getBytes(StandardCharsets.UTF_8));
      body.write(0);
    }
    byte[] head = ("POST /convert HTTP/1.1\r\nHost: localhost\r\nX-Tsuzuri-Jar: " + jar
        + "\r\nContent-Length: " + body.size() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head);
    request.writeBytes(body.toByteArray());
    return exchange(request.toByteArray());
  }

  private String exchange(byte[] request) throws IOException {
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(server.socket()))) {
      Channels.newOutputStream(c).write(request);
      InputStream in = Channels.newInputStream(c);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> concat(String first, String... rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(rest));
    return all;
  }
}
