package dev.tsuzuri.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFontFolderTest {
  @TempDir Path dir;

  @Test
  void aFileOfTheBundledSizeInTheFolderIsRead() throws Exception {
    byte[] marked = new byte[BundledFont.EMOJI.bytes().length];
    Arrays.fill(marked, (byte) 7);
    Files.write(dir.resolve(BundledFont.EMOJI.file()), marked);
    assertArrayEquals(marked, BundledFont.EMOJI.fromFolder(dir.toString()));
  }

  @Test
  void anyOtherFileOrNoFolderLeavesTheJarsCopy() throws Exception {
    Files.write(dir.resolve(BundledFont.EMOJI.file()), new byte[] {1, 2, 3});
    assertNull(BundledFont.EMOJI.fromFolder(dir.toString()), "a file of another size");
    assertNull(BundledFont.GOTHIC.fromFolder(dir.toString()), "no file");
    assertNull(BundledFont.GOTHIC.fromFolder(dir.resolve("missing").toString()), "no folder");
    assertNull(BundledFont.GOTHIC.fromFolder(null), "no property");
  }
}
