package dev.tsuzuri.beam;

import dev.tsuzuri.write.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The files of any Beam file system ({@code gs://}, {@code s3://}, {@code hdfs://}, local) as a
 * {@link FileStore}, so that a worker reads a note's pictures from where the note is. Local names
 * have their symbolic links resolved, so a link cannot lead a note out of its allowed folders.
 */
final class BeamFileStore implements FileStore {
  @Override
  public String realName(String name) throws IOException {
    if (!isLocal(name)) {
      return name;
    }
    try {
      return Path.of(name).toRealPath().toString();
    } catch (NoSuchFileException e) {
      return name;
    }
  }

  @Override
  public long size(String name) throws IOException {
    if (isLocal(name)) {
      Path p = Path.of(name);
      return Files.isRegularFile(p) ? Files.size(p) : -1;
    }
    MatchResult m = FileSystems.match(List.of(name)).get(0);
    if (m.status() != MatchResult.Status.OK) {
      return -1;
    }
    // a name with glob characters in it may match others: only the file itself counts
    for (MatchResult.Metadata md : m.metadata()) {
      if (md.resourceId().toString().equals(name) && !md.resourceId().isDirectory()) {
        return md.sizeBytes();
      }
    }
    return -1;
  }

  @Override
  public InputStream open(String name) throws IOException {
    if (isLocal(name)) {
      return Files.newInputStream(Path.of(name));
    }
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(name, false)));
  }

  static boolean isLocal(String name) {
    return name.startsWith("/");
  }
}
