package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.write.WriterProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer from another jar: the sources under {@code src/test/plugin} are compiled against
 * tsuzuri's classes into a jar of their own, and the command line runs in a new JVM with that
 * jar on the class path (and not the test classes). The plug-in's format converts end to end,
 * its setting is a flag and a {@code tsuzuri.yaml} key, and its outputs are fingerprinted by its
 * own options only (a folder is converted incrementally: unchanged notes are skipped).
 */
class PluginJarTest {
  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void buildThePluginJar() throws IOException {
    Path sources = Path.of("src/test/plugin");
    Path classes = Files.createDirectories(dir.resolve("plugin-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", tsuzuriClasses(),
        "--release", "17", "-encoding", "UTF-8"));
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "plug-in compiles");
    jar = dir.resolve("tally-plugin.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      add(zip, classes, classes);
      add(zip, sources.resolve("META-INF"), sources);
    }
  }

  private static void add(JarOutputStream zip, Path folder, Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      zip.putNextEntry(new JarEntry(root.relativize(f).toString().replace(File.separatorChar,
          '/')));
      zip.write(Files.readAllBytes(f));
      zip.closeEntry();
    }
  }

  /** Where tsuzuri's own classes are: target/classes. */
  private static String tsuzuriClasses() {
    try {
      return Path.of(WriterProvider.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs tsuzuri in a new JVM: its classes, its dependencies and the plug-in jar. */
  static String run(Path workDir, String... args) throws Exception {
    List<String> cp = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      // the test classes hold test-only writers: a real installation has none of them
      if (!e.endsWith("test-classes") && !e.contains("junit") && !e.contains("jazzer")) {
        cp.add(e);
      }
    }
    cp.add(jar.toString());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", String.join(File.pathSeparator, cp),
        "dev.tsuzuri.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", args) + "\n" + out);
    return out;
  }

  @Test
  void thePluginConvertsAndIsFingerprintedByItsOwnOptionsOnly() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.createDirectories(work.resolve("notes"));
    Files.writeString(work.resolve("notes/seminar.md"), """
        ---
        title: 勉強会メモ
        ---
        # 勉強会メモ

        ## 第一部 基調講演

        クラウドの歴史を振り返る話。

        - 仮想化
        - コンテナ

        ## 第二部 事例紹介

        移行の苦労話が三つ。
        """);
    assertTrue(run(work, "formats").lines().anyMatch(l -> l.startsWith("tally")
        && l.contains("(a plug-in)")));
    String help = run(work, "convert", "--help");
    assertTrue(help.contains("--tally-label=TEXT"), help);

    run(work, "convert", "notes", "-t", "tally", "--tally-label", "第一回", "-q");
    Path out = work.resolve("out/seminar.tally");
    assertEquals("第一回\nsections 3\nparagraphs 2\nlists 1\n", Files.readString(out));

    // other writers' options do not touch the plug-in's outputs
    String other = run(work, "convert", "notes", "-t", "tally", "--tally-label", "第一回",
        "--page-size", "A5", "--no-embed-fonts", "--decks", "session");
    assertTrue(other.contains("0 converted, 1 unchanged"), other);

    // its own do
    String own = run(work, "convert", "notes", "-t", "tally", "--tally-label", "第二回");
    assertTrue(own.contains("1 converted, 0 unchanged"), own);
    assertTrue(Files.readString(out).startsWith("第二回\n"));

    // its setting is a tsuzuri.yaml key too
    Files.writeString(work.resolve("tsuzuri.yaml"), "formats: [tally]\ntally-label: 設定から\n");
    run(work, "convert", "notes", "-q");
    assertTrue(Files.readString(out).startsWith("設定から\n"));
  }

  @Test
  void thePluginsOwnValidationReachesTheUser() throws Exception {
    Path work = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(work.resolve("a.md"), "# a\n");
    List<String> command = new ArrayList<>();
    Process p;
    // a blank label is refused by the plug-in's options record, named by its flag
    String cp = System.getProperty("java.class.path") + File.pathSeparator + jar;
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", cp, "dev.tsuzuri.cli.Main", "convert", "a.md", "-t", "tally", "--tally-label",
        " "));
    p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.waitFor(), out);
    assertTrue(out.contains("tsuzuri: --tally-label: must not be blank"), out);
    assertFalse(Files.exists(work.resolve("out/a.tally")));
  }
}
