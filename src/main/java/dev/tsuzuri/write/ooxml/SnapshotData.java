package dev.tsuzuri.write.ooxml;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * How the writers' build-time template snapshots are stored: length-prefixed strings and bytes
 * that refuse a damaged file, and the checksum that tells a snapshot from a stale one (the
 * template's parts and the classes that prepared it). One format for the Word and the
 * PowerPoint snapshot.
 */
public final class SnapshotData {
  private SnapshotData() {}

  /** Writes a string as its UTF-8 bytes. */
  public static void writeString(DataOutputStream out, String s) throws IOException {
    writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads what {@link #writeString} wrote. */
  public static String readString(DataInputStream in) throws IOException {
    return new String(readBytes(in), StandardCharsets.UTF_8);
  }

  /** Writes bytes after their length. */
  public static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads what {@link #writeBytes} wrote; a length past the end is a damaged snapshot. */
  public static byte[] readBytes(DataInputStream in) throws IOException {
    int n = count(in);
    if (n > in.available()) {
      throw new IOException("damaged snapshot");
    }
    byte[] bytes = new byte[n];
    in.readFully(bytes);
    return bytes;
  }

  /** A count or length, refused when negative (the snapshot is damaged). */
  public static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("damaged snapshot");
    }
    return n;
  }

  /** Adds a named part to a checksum: its name, then its bytes and their length. */
  public static void update(CRC32 crc, String name, byte[] bytes) {
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    crc.update(0);
    crc.update(bytes);
    crc.update(bytes.length);
  }

  /**
   * Adds a class file, found beside a class, to a checksum (as empty when it cannot be read),
   * so a snapshot made by other code is stale.
   *
   * @param crc the checksum
   * @param beside a class in the same package
   * @param simpleName the class's simple name
   */
  public static void updateClass(CRC32 crc, Class<?> beside, String simpleName) {
    String name = simpleName + ".class";
    try (InputStream in = beside.getResourceAsStream(name)) {
      update(crc, name, in == null ? new byte[0] : in.readAllBytes());
    } catch (IOException e) {
      update(crc, name, new byte[0]);
    }
  }
}
