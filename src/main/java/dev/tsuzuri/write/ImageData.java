package dev.tsuzuri.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image file's bytes with its format and pixel size, read from the header only.
 *
 * @param bytes the file's content
 * @param format "png", "jpeg", "gif" or "bmp"
 * @param width width in pixels
 * @param height height in pixels
 */
public record ImageData(byte[] bytes, String format, int width, int height) {

  /** The MIME type ("image/png"). */
  public String mimeType() {
    return "image/" + format;
  }

  /**
   * Reads format and size from the header of an image file, without decoding its pixels; empty
   * when the bytes are not a supported image.
   */
  public static Optional<ImageData> probe(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        String format = normalise(reader.getFormatName());
        if (format == null) {
          return Optional.empty();
        }
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
          return Optional.empty();
        }
        return Optional.of(new ImageData(bytes, format, w, h));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    switch (n) {
      case "png":
        return "png";
      case "jpeg":
      case "jpg":
        return "jpeg";
      case "gif":
        return "gif";
      case "bmp":
        return "bmp";
      default:
        return null;
    }
  }
}
