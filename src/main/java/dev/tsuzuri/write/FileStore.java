package dev.tsuzuri.write;

import java.io.IOException;
import java.io.InputStream;

/**
 * A read-only store of files named by absolute {@code /}-separated names, such as {@code
 * gs://bucket/site/static/x.png} or {@code /home/me/notes/x.png}: where {@link Resources} finds a
 * note's pictures when its folder is not a folder of this machine's file system (object storage
 * read by a distributed job, say).
 *
 * <p>Names given to a store are already normalised ({@code .} and {@code ..} resolved) and
 * {@link #realName} says what a name really is, so that a store on a disk can resolve symbolic
 * links and {@link Resources} checks that the real name lies inside an allowed folder.
 */
public interface FileStore {
  /**
   * The name a file or folder is really stored under: on a disk, the path with its symbolic
   * links resolved; the name itself in object storage, which has no links, and for a name
   * nothing is stored under.
   *
   * @param name a normalised absolute name
   * @return the real name
   * @throws IOException when the store cannot be asked
   */
  String realName(String name) throws IOException;

  /**
   * The size of a file in bytes.
   *
   * @param name a name {@link #realName} returned
   * @return the size, or -1 when no file is stored under the name (nothing, or a folder)
   * @throws IOException when the store cannot be asked
   */
  long size(String name) throws IOException;

  /**
   * Opens a file for reading; the caller closes the stream.
   *
   * @param name a name {@link #realName} returned
   * @throws IOException when it cannot be read
   */
  InputStream open(String name) throws IOException;
}
