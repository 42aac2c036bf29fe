package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.internal.StoreNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Resources#inStore}: a note's pictures from a store of names, confined as on disk. */
class StoreResourcesTest {
  private static final byte[] PNG = png();

  /** Object storage: names are names, no links. */
  private static final class MapStore implements FileStore {
    final Map<String, byte[]> files = new HashMap<>();

    @Override
    public String realName(String name) {
      return name;
    }

    @Override
    public long size(String name) {
      byte[] b = files.get(name);
      return b == null ? -1 : b.length;
    }

    @Override
    public InputStream open(String name) throws IOException {
      byte[] b = files.get(name);
      if (b == null) {
        throw new IOException("no such object: " + name);
      }
      return new ByteArrayInputStream(b);
    }
  }

  @Test
  void relativeBundleAndSitePicturesAreFoundOthersRefused() {
    MapStore store = new MapStore();
    store.files.put("gs://b/site/content/posts/trip/venue.png", PNG);
    store.files.put("gs://b/site/static/images/logo.png", PNG);
    store.files.put("gs://b/secret/key.png", PNG);
    WarningSink w = WarningSink.collecting("trip");
    Resources r = Resources.inStore(store, "gs://b/site/content/posts/trip",
        List.of("gs://b/site/content", "gs://b/site"), List.of("gs://b/site/static"), w);
    assertTrue(r.image("venue.png", 1).isPresent());
    assertTrue(r.image("./sub/../venue.png?x=1", 2).isPresent());
    assertTrue(r.image("/images/logo.png", 3).isPresent());
    assertTrue(r.image("../../../../secret/key.png", 4).isEmpty());
    assertTrue(r.image("../../../../../../../../x.png", 5).isEmpty());
    assertTrue(r.image("missing.png", 6).isEmpty());
    assertEquals(List.of(
        "refused to read outside the note's folder: ../../../../secret/key.png",
        "refused to read outside the note's folder: ../../../../../../../../x.png",
        "file not found: missing.png"),
        w.warnings().stream().map(x -> x.message()).toList());
  }

  @Test
  void aLinkOnDiskCannotLeadOutOfTheAllowedFolders(@TempDir Path dir) throws IOException {
    Path note = Files.createDirectories(dir.resolve("notes"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.write(outside.resolve("x.png"), PNG);
    Files.write(note.resolve("ok.png"), PNG);
    Files.createSymbolicLink(note.resolve("link.png"), outside.resolve("x.png"));
    FileStore disk = new FileStore() {
      @Override
      public String realName(String name) throws IOException {
        Path p = Path.of(name);
        return Files.exists(p) ? p.toRealPath().toString() : name;
      }

      @Override
      public long size(String name) throws IOException {
        Path p = Path.of(name);
        return Files.isRegularFile(p) ? Files.size(p) : -1;
      }

      @Override
      public InputStream open(String name) throws IOException {
        return Files.newInputStream(Path.of(name));
      }
    };
    WarningSink w = WarningSink.collecting("n");
    Resources r = Resources.inStore(disk, note.toString(), List.of(), List.of(), w);
    assertTrue(r.image("ok.png", 1).isPresent());
    assertTrue(r.image("link.png", 2).isEmpty());
    assertEquals("refused to read outside the note's folder: link.png",
        w.warnings().get(0).message());
  }

  @Test
  void namesResolveInTimeProportionalToTheirLength() {
    String deep = "a/".repeat(500_000) + "x.png";
    assertEquals(Optional.of("gs://b/n/" + deep), StoreNames.resolve("gs://b/n", deep));
    String climbing = "../".repeat(700_000) + "x.png";
    assertEquals(Optional.empty(), StoreNames.resolve("/n", climbing));
    String longLine = "x".repeat(2_000_000);
    assertEquals(Optional.of("/n/" + longLine), StoreNames.resolve("/n", longLine));
    MapStore store = new MapStore();
    WarningSink w = WarningSink.collecting("n");
    Resources r = Resources.inStore(store, "/n", List.of(), List.of(), w);
    assertTrue(r.image(climbing, 1).isEmpty());
    assertTrue(r.image(deep, 2).isEmpty());
  }

  private static byte[] png() {
    try {
      java.awt.image.BufferedImage img =
          new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
