package dev.tsuzuri.convert.run;

import dev.tsuzuri.convert.BatchListener;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.internal.AtomicOutputs;
import dev.tsuzuri.convert.internal.BatchRunner;
import dev.tsuzuri.convert.internal.Version;

/**
 * Runs conversions: the one entry to the batch machinery, for the command line and for the
 * {@code dev.tsuzuri.Tsuzuri} facade.
 */
public final class Converter {
  /**
   * The suffix of the hidden files outputs are written to before they are renamed over their
   * targets; a folder watcher ignores them.
   */
  public static final String TEMP_SUFFIX = AtomicOutputs.TEMP_SUFFIX;

  private Converter() {}

  /**
   * Converts what a request names, telling a listener about each note as it is done.
   *
   * @param request inputs, output folder, formats and options
   * @param listener hears about progress, from worker threads
   * @return what happened to each note; problems with single notes are reported there
   * @throws dev.tsuzuri.diag.TsuzuriException when an input does not exist, a format is unknown
   *     or the output folder cannot be created
   */
  public static BatchResult run(ConvertRequest request, BatchListener listener) {
    return BatchRunner.run(request, listener);
  }

  /** tsuzuri's version, from the jar manifest ("dev" when run from classes). */
  public static String version() {
    return Version.get();
  }
}
