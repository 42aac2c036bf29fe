package dev.tsuzuri.serve;

import dev.tsuzuri.convert.ConvertRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * What a preview server shows: the notes and options of a conversion, and the settings files
 * whose change means the options must be read again.
 *
 * @param request one input (a folder of notes or a note), the output folder the server caches
 *     its outputs in, and the options that shape them; its formats are not used (the server
 *     makes HTML, PDF, Word, PowerPoint and slide pictures on request)
 * @param settingsFiles files such as {@code tsuzuri.yaml}, templates and stylesheets: a change
 *     to one makes the server load the project again and reload every open page
 */
public record Project(ConvertRequest request, List<Path> settingsFiles) {
  public Project {
    if (request.inputs().size() != 1) {
      throw new IllegalArgumentException("a preview serves one folder or note, not "
          + request.inputs().size());
    }
    settingsFiles = List.copyOf(settingsFiles);
  }

  /** The folder or note served. */
  public Path served() {
    return request.inputs().get(0);
  }

  /** Loads a project again, when its settings files change. */
  @FunctionalInterface
  public interface Loader {
    /**
     * The project as its settings say now.
     *
     * @throws RuntimeException with a message for the user when the settings are wrong (the
     *     server keeps the last good project and shows the message on every page)
     */
    Project load();
  }
}
