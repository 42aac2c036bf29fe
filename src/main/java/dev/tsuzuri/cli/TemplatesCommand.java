package dev.tsuzuri.cli;

import dev.tsuzuri.TsuzuriException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tsuzuri templates}: the bundled templates, to start your own from. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "Works with the bundled templates.",
    subcommands = {TemplatesCommand.Export.class})
final class TemplatesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code tsuzuri templates export DIR}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Copies the bundled templates (PDF page structure and stylesheet, Word and "
          + "PowerPoint reference documents) into DIR, to edit and pass back with --template "
          + "or --css."})
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder to copy the templates into.")
    Path target;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      Map<String, URL> files = bundledTemplates(TemplatesCommand.class.getClassLoader());
      if (files.isEmpty()) {
        throw new TsuzuriException("this build has no bundled templates");
      }
      PrintWriter out = spec.commandLine().getOut();
      int copied = 0;
      for (Map.Entry<String, URL> f : files.entrySet()) {
        Path dest = target.resolve(f.getKey()).normalize();
        if (Files.exists(dest) && !force) {
          spec.commandLine().getErr().println("tsuzuri: " + dest
              + " exists; not overwritten (use --force)");
          continue;
        }
        Files.createDirectories(dest.getParent());
        try (InputStream in = f.getValue().openStream()) {
          Files.copy(in, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        out.println(dest);
        copied++;
      }
      out.println(copied + " template files in " + target);
      return 0;
    }
  }

  /**
   * Every file under {@code templates/} on the class path, by path below {@code templates/}.
   * The class path's {@code templates/} folders are listed directly: a folder when run from
   * classes, the jar's entries (through the zip file system) when run from the jar, so no
   * hand-kept list of files can go stale.
   */
  static Map<String, URL> bundledTemplates(ClassLoader loader) throws IOException {
    Map<String, URL> files = new TreeMap<>();
    java.util.Set<String> jars = new java.util.LinkedHashSet<>();
    List<Path> folders = new ArrayList<>();
    for (URL root : Collections.list(loader.getResources("templates"))) {
      addRoot(root, jars, folders);
    }
    // a jar written without directory entries has no "templates" resource: look inside every jar
    for (URL manifest : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
      addRoot(manifest, jars, List.of());
    }
    for (Path folder : folders) {
      collect(folder, files, loader);
    }
    for (String jar : jars) {
      try (FileSystem zip = FileSystems.newFileSystem(URI.create(jar), Map.of())) {
        Path root = zip.getPath("/templates");
        if (Files.isDirectory(root)) {
          collect(root, files, loader);
        }
      }
    }
    return files;
  }

  private static void addRoot(URL url, java.util.Set<String> jars, List<Path> folders) {
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      return;
    }
    String s = uri.toString();
    if (uri.getScheme().equals("jar") && s.contains("!/")) {
      jars.add(s.substring(0, s.indexOf("!/")));
    } else if (uri.getScheme().equals("file")) {
      folders.add(Path.of(uri));
    }
  }

  private static void collect(Path root, Map<String, URL> files, ClassLoader loader)
      throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(found::add);
    }
    for (Path f : found) {
      String rel = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      // the first class-path entry wins, as it does for getResource
      files.putIfAbsent(rel, loader.getResource("templates/" + rel));
    }
  }
}
