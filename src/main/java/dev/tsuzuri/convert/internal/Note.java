package dev.tsuzuri.convert.internal;

import java.nio.file.Path;

/**
 * One note found by {@link Discovery}, with where its outputs go.
 *
 * @param file the note, as the user named it (input argument joined with the path below it)
 * @param root the folder the note was found in (the input folder, or the note's own folder for a
 *     file given directly)
 * @param key the note's path below its root with {@code /}, the manifest key
 * @param outFolder the folder its outputs go to, mirroring the input tree
 * @param stem the output name without extension: the file name, or the folder name for a Hugo
 *     page bundle ({@code my-post/index.md} becomes {@code my-post})
 * @param inFolderInput true when found by searching a folder (incremental), false when named
 */
public record Note(
    Path file, Path root, String key, Path outFolder, String stem, boolean inFolderInput) {

  /** The note's folder: relative image references resolve against it. */
  public Path folder() {
    Path parent = file.toAbsolutePath().getParent();
    return parent != null ? parent : file.toAbsolutePath();
  }

  /** True for a Hugo page bundle's {@code index.md}: the folder around it belongs to it. */
  public boolean isBundle() {
    String name = file.getFileName().toString();
    return name.equals("index.md") || name.equals("index.markdown");
  }

  /** Where the outputs of this note would go; two notes with the same target collide. */
  public Path target() {
    return outFolder.resolve(stem);
  }
}
