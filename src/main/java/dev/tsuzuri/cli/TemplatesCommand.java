package dev.tsuzuri.cli;

import dev.tsuzuri.diag.TsuzuriException;
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
      Map<String, URL> files = providedTemplates(TemplatesCommand.class.getClassLoader());
      if (files.isEmpty()) {
        throw new TsuzuriException("this build has no bundled templates");
      }
      int written = export(files, target, force, spec.commandLine().getOut(),
          spec.commandLine().getErr());
      spec.commandLine().getOut().println(written + " template files in " + target);
      return 0;
    }
  }

  /**
   * Writes the templates into a folder. Plain files (the PDF page and stylesheet) are copied. A
   * folder holding an unzipped Office package (it has a {@code [Content_Types].xml}) is zipped
   * into the document it is, named after the folder with its format's extension, so
   * {@code docx/reference/} becomes {@code docx/reference.docx}, ready for {@code --template}.
   * The writers' part lists ({@code reference-parts.txt}, {@code parts.txt}) are left out.
   *
   * @return how many files were written
   */
  static int export(Map<String, URL> files, Path target, boolean force, PrintWriter out,
      PrintWriter err) throws IOException {
    List<String> packages = files.keySet().stream()
        .filter(f -> f.endsWith("/[Content_Types].xml"))
        .map(f -> f.substring(0, f.length() - "/[Content_Types].xml".length()))
        .toList();
    int written = 0;
    for (String pkg : packages) {
      String format = pkg.contains("/") ? pkg.substring(0, pkg.indexOf('/')) : "zip";
      Path dest = target.resolve(pkg + "." + format).normalize();
      if (writable(dest, force, err)) {
        zip(files, pkg, dest);
        out.println(dest);
        written++;
      }
    }
    for (Map.Entry<String, URL> f : files.entrySet()) {
      String name = f.getKey();
      boolean inPackage = packages.stream().anyMatch(p -> name.startsWith(p + "/"));
      boolean partList = name.endsWith("parts.txt") && packages.stream()
          .anyMatch(p -> name.equals(p + "-parts.txt") || name.equals(p + "/parts.txt"));
      if (inPackage || partList) {
        continue;
      }
      Path dest = target.resolve(name).normalize();
      if (writable(dest, force, err)) {
        try (InputStream in = f.getValue().openStream()) {
          Files.copy(in, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        out.println(dest);
        written++;
      }
    }
    return written;
  }

  private static boolean writable(Path dest, boolean force, PrintWriter err) throws IOException {
    if (Files.exists(dest) && !force) {
      err.println("tsuzuri: " + dest + " exists; not overwritten (use --force)");
      return false;
    }
    Files.createDirectories(dest.getParent());
    return true;
  }

  /** Zips a package folder, {@code [Content_Types].xml} first as Office expects. */
  private static void zip(Map<String, URL> files, String pkg, Path dest) throws IOException {
    List<String> parts = new ArrayList<>();
    parts.add(pkg + "/[Content_Types].xml");
    files.keySet().stream().filter(f -> f.startsWith(pkg + "/") && !parts.contains(f)
        && !f.equals(pkg + "/parts.txt")).forEach(parts::add);
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(dest))) {
      for (String part : parts) {
        zip.putNextEntry(new java.util.zip.ZipEntry(part.substring(pkg.length() + 1)));
        try (InputStream in = files.get(part).openStream()) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }

  /**
   * The bundled templates of the installed formats: the files in the folders their providers
   * name ({@link dev.tsuzuri.write.WriterProvider#bundledTemplates()}), by path below {@code
   * templates/}.
   */
  static Map<String, URL> providedTemplates(ClassLoader loader) throws IOException {
    java.util.Set<String> folders = new java.util.TreeSet<>();
    for (dev.tsuzuri.write.WriterProvider<?> p : dev.tsuzuri.write.Writers.all().values()) {
      for (String folder : p.bundledTemplates()) {
        if (folder.startsWith("templates/")) {
          folders.add(folder.substring("templates/".length()).replaceAll("/*$", "/"));
        }
      }
    }
    Map<String, URL> files = bundledTemplates(loader);
    files.keySet().removeIf(f -> folders.stream().noneMatch(f::startsWith));
    return files;
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
