package dev.tsuzuri.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared folder of reference notes and checkers ({@code ../shared} beside the
 * checkout, as CI lays it out), used by manual-check tests that are skipped where it is absent.
 */
public final class SharedFolder {
  private SharedFolder() {}

  /** {@code ../shared} if it exists, else {@code /work/shared} (the developers' machines). */
  public static Path path() {
    Path beside = Path.of("..", "shared").toAbsolutePath().normalize();
    return Files.isDirectory(beside) ? beside : Path.of("/work/shared");
  }
}
