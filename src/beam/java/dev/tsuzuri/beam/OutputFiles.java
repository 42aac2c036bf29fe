package dev.tsuzuri.beam;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Writes one format's files of a note under the output prefix, whole or not at all, on any Beam
 * file system: every file goes to a hidden temporary name beside its target first ({@code
 * .a.pdf.1f3c….tsuzuri-tmp}, the command line's naming), and only when all are written are they
 * renamed over their targets. A failure deletes the temporary files and leaves earlier outputs
 * as they were. Running again writes the same names, so a job can simply be run again.
 */
final class OutputFiles {
  /** The suffix of temporary files, as the command line's. */
  static final String TEMP_SUFFIX = ".tsuzuri-tmp";

  private OutputFiles() {}

  /**
   * Writes files.
   *
   * @param folder the folder the names are relative to, without a trailing slash
   * @param files the files by name relative to the folder ({@code a.pdf}, {@code a/01-x.pptx})
   * @return the bytes written
   * @throws IOException when some file could not be written; none was renamed then
   */
  static long write(String folder, Map<String, byte[]> files) throws IOException {
    List<ResourceId> temps = new ArrayList<>();
    List<ResourceId> targets = new ArrayList<>();
    long bytes = 0;
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        ResourceId target = FileSystems.matchNewResource(folder + "/" + f.getKey(), false);
        ResourceId temp = target.getCurrentDirectory().resolve("." + target.getFilename() + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
            + TEMP_SUFFIX, org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions
            .RESOLVE_FILE);
        temps.add(temp);
        try (WritableByteChannel out = FileSystems.create(temp, MimeTypes.BINARY)) {
          ByteBuffer buffer = ByteBuffer.wrap(f.getValue());
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
        }
        targets.add(target);
        bytes += f.getValue().length;
      }
      FileSystems.rename(temps, targets);
      temps.clear();
      return bytes;
    } finally {
      if (!temps.isEmpty()) {
        try {
          FileSystems.delete(temps, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
        } catch (IOException | RuntimeException e) {
          // the write's own failure is the one to report
        }
      }
    }
  }
}
