package dev.tsuzuri.convert.internal;

import dev.tsuzuri.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a note depends on in its Hugo site besides its pictures: the site's configuration files,
 * and the templates of the shortcodes it uses ({@code layouts/shortcodes/NAME.html} of the site
 * and its themes, present or not: a template added later changes the note too).
 */
final class SiteDependencies {
  /** Shortcode names longer than this are not names. */
  private static final int MAX_NAME = 100;

  private SiteDependencies() {}

  static void record(Site site, Path note, Dependencies deps) throws IOException {
    for (Path f : site.configFiles()) {
      deps.looked(f, Files.isRegularFile(f));
    }
    if (site.shortcodeDirs().isEmpty()) {
      return;
    }
    String text = new String(Files.readAllBytes(note), StandardCharsets.UTF_8);
    for (String name : shortcodeNames(text)) {
      for (Path dir : site.shortcodeDirs()) {
        try {
          Path template = dir.resolve(name + ".html").normalize();
          if (template.startsWith(dir)) {
            deps.looked(template, Files.isRegularFile(template));
          }
        } catch (InvalidPathException e) {
          // not a file name: no template can have it
        }
      }
    }
  }

  /**
   * The names of the shortcodes a note's text opens, {@code {{< name …}} or {@code {{% name …}},
   * in order of first use; one pass over the text.
   */
  static Set<String> shortcodeNames(String text) {
    Set<String> names = new LinkedHashSet<>();
    int n = text.length();
    int i = text.indexOf("{{", 0);
    while (i >= 0 && i + 2 < n) {
      char open = text.charAt(i + 2);
      int j = i + 3;
      if (open == '<' || open == '%') {
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        if (j < n && text.charAt(j) == '/') {
          j++;
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        int from = j;
        while (j < n && j - from <= MAX_NAME && nameChar(text.charAt(j))) {
          j++;
        }
        if (j > from && j - from <= MAX_NAME) {
          names.add(text.substring(from, j));
        }
      }
      i = text.indexOf("{{", Math.max(j, i + 2));
    }
    return names;
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/';
  }
}
