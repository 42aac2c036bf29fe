package dev.tsuzuri.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script hands a convert job to a running {@code tsuzuri serve} of the packaged jar
 * and prints what comes back: proven by a {@code java} on the PATH that only leaves a mark and
 * fails, so a job that succeeds without the mark ran in the server. Runs after {@code package}
 * (the {@code launcher} execution of surefire in pom.xml), on the jar the launcher runs.
 */
class LauncherHandoffTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path JAR = ROOT.resolve("target/tsuzuri.jar");

  @TempDir static Path dir;
  private static Process server;
  private static Path socket;
  private static Path fakeJava;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(Files.exists(JAR) && jarIsCurrent(), "needs a target/tsuzuri.jar newer than the "
        + "sources (mvn package)");
    assumeTrue(onPath("curl") && onPath("bash"), "needs curl and bash");
    socket = dir.resolve("sock/handoff.sock");
    Files.createDirectories(dir.resolve("served"));
    ProcessBuilder pb = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port",
        "0", dir.resolve("served").toString()).redirectErrorStream(true);
    pb.environment().put("TSUZURI_SOCKET", socket.toString());
    server = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
        StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = out.readLine()) != null && !line.startsWith("taking")) {
      seen.append(line).append('\n');
    }
    assertTrue(line != null, "the server did not take jobs:\n" + seen);
    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
    drain.setDaemon(true);
    drain.start();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    fakeJava = bin.resolve("java");
    Files.writeString(fakeJava, "#!/bin/sh\necho started >> \"" + dir.resolve("java-ran")
        + "\"\nexit 97\n");
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aConvertRunsInTheServerForTheCallersFolder() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work1"));
    Files.writeString(work.resolve("メモ.md"), "# 第一回 勉強会\n\n- 話題\n  - 詳細な話題\n");
    Result r = launch(work, Map.of(), "convert", "メモ.md", "-t", "docx", "-o", "out");
    assertEquals(0, r.exit, r.toString());
    assertFalse(Files.exists(dir.resolve("java-ran")), "no Java started here: " + r);
    assertTrue(r.out.contains("converted ") && r.out.contains("out/メモ.docx"), r.toString());
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(work.resolve("out/メモ.docx")));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertTrue(text.getText().contains("詳細な話題"), text.getText());
    }
  }

  @Test
  void aFailureComesBackOnTheErrorStreamWithItsExitCode() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work2"));
    Result r = launch(work, Map.of(), "convert", "ない.md", "-o", "out");
    assertEquals(1, r.exit, r.toString());
    assertTrue(r.err.contains("error: ") && r.err.contains("ない.md"), r.toString());
    assertTrue(r.out.contains("1 failed"), r.toString());
  }

  @Test
  void withHandoffOffJavaStartsHere() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work3"));
    Path mark = dir.resolve("java-ran");
    Files.deleteIfExists(mark);
    Result r = launch(work, Map.of("TSUZURI_HANDOFF", "0"), "convert", "x.md", "-o", "out");
    assertEquals(97, r.exit, r.toString());
    assertTrue(Files.exists(mark), "the launcher started Java itself");
    Files.delete(mark);
  }

  private record Result(int exit, String out, String err) {}

  private static Result launch(Path cwd, Map<String, String> env, String... args)
      throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash",
        ROOT.resolve("tsuzuri").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().put("PATH", fakeJava.getParent() + ":" + System.getenv("PATH"));
    pb.environment().put("TSUZURI_SOCKET", socket.toString());
    pb.environment().put("TSUZURI_CDS", "0");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** What the launcher checks before it builds: no source newer than the jar. */
  private static boolean jarIsCurrent() throws IOException {
    FileTime jar = Files.getLastModifiedTime(JAR);
    for (String s : new String[] {"pom.xml", "src/main", "templates", "fonts"}) {
      Path p = ROOT.resolve(s);
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(p)) {
        if (all.anyMatch(f -> newer(f, jar))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean newer(Path f, FileTime than) {
    try {
      return Files.getLastModifiedTime(f).compareTo(than) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv("PATH").split(":")) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
