package dev.tsuzuri.convert.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files a note's conversion depended on besides the note itself — pictures read through the
 * resources (and those looked for but missing), the site's configuration, shortcode templates —
 * and whether they are still as they were. A stamp is "size mtime sha256" for a file and "absent"
 * for one that was missing: a file is current when its size and time are the same, or else its
 * content is; a missing one when it is still missing. Thread-safe for collecting.
 */
public final class Dependencies {
  /** The stamp of a file that was looked for and not found. */
  static final String ABSENT = "absent";

  private final Set<Path> present = ConcurrentHashMap.newKeySet();
  private final Set<Path> absent = ConcurrentHashMap.newKeySet();

  /** Records that a file was looked for. */
  public void looked(Path file, boolean found) {
    (found ? present : absent).add(file.toAbsolutePath().normalize());
  }

  /** The stamps of everything recorded, by absolute path. */
  public Map<String, String> stamps() {
    Map<String, String> out = new TreeMap<>();
    for (Path p : absent) {
      out.put(p.toString(), ABSENT);
    }
    for (Path p : present) {
      out.put(p.toString(), stamp(p));
    }
    return out;
  }

  /** True when every recorded file is as the stamps say. */
  public static boolean current(Map<String, String> stamps) {
    for (Map.Entry<String, String> e : stamps.entrySet()) {
      Path p;
      try {
        p = Path.of(e.getKey());
      } catch (IllegalArgumentException ex) {
        return false;
      }
      String was = e.getValue();
      if (was.equals(ABSENT)) {
        if (Files.exists(p)) {
          return false;
        }
        continue;
      }
      String[] parts = was.split(" ");
      BasicFileAttributes a = attributes(p);
      if (a == null || parts.length != 3) {
        return false;
      }
      if (parts[0].equals(Long.toString(a.size()))
          && parts[1].equals(Long.toString(a.lastModifiedTime().toMillis()))) {
        continue;
      }
      // touched (a checkout, a copy): the same content is still the same picture
      if (!parts[0].equals(Long.toString(a.size())) || !parts[2].equals(hash(p))) {
        return false;
      }
    }
    return true;
  }

  static String stamp(Path p) {
    BasicFileAttributes a = attributes(p);
    if (a == null) {
      return ABSENT;
    }
    return a.size() + " " + a.lastModifiedTime().toMillis() + " " + hash(p);
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  private static String hash(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        d.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      return "unreadable";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
