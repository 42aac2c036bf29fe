package dev.tsuzuri.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * What the hostile cases share: a folder outside every note's folder holding a secret image and
 * text, and a loopback port nothing may connect to.
 *
 * @param outside the folder no note may read from
 * @param secretText a marker that must never appear in an output
 * @param port the loopback port notes point remote references to
 */
record HostileEnv(Path outside, String secretText, int port) {

  /** {@code http://127.0.0.1:PORT/path}. */
  String url(String path) {
    return "http://127.0.0.1:" + port + "/" + path;
  }

  /** The secret image. */
  Path secretImage() {
    return outside.resolve("secret.png");
  }

  /** Writes a UTF-8 note and returns its argument list. */
  static List<String> note(Path dir, String text) throws IOException {
    return List.of(write(dir.resolve("note.md"), text).toString());
  }

  /** Writes a note in some encoding and returns its argument list. */
  static List<String> note(Path dir, byte[] bytes) throws IOException {
    Path p = dir.resolve("note.md");
    Files.write(p, bytes);
    return List.of(p.toString());
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static byte[] bytes(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  /** A small real PNG. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** A PNG whose header claims a huge size over a few bytes of data: a decompression bomb. */
  static byte[] pngBomb(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static String repeat(String s, int n) {
    return s.repeat(n);
  }
}
