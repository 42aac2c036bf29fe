package dev.tsuzuri.beam;

import dev.tsuzuri.cli.ConvertSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The job's command line split three ways: the job's own options ({@code --input}, {@code
 * --output}, {@code --formats}, {@code --site}, {@code --resource-path}), the options of {@code
 * tsuzuri convert} that say how notes are read and written ({@code --page-size=A5}, {@code
 * --template=x.docx}, {@code --decks=session} …, with the command's names), and everything else,
 * which goes to Beam ({@code --runner}, {@code --project} …).
 *
 * @param input a note, a folder or a glob, on any Beam file system
 * @param output the output prefix (a folder)
 * @param formats the formats asked for, or empty for the config's or the default
 * @param site a Hugo site root whose files the notes' pictures may come from, or null
 * @param resourcePaths further folders pictures may come from
 * @param convertOptions {@code tsuzuri convert} options, as given
 * @param beamOptions the rest, for Beam
 */
record JobArgs(String input, String output, List<String> formats, String site,
    List<String> resourcePaths, List<String> convertOptions, List<String> beamOptions) {

  /** {@code convert} options that steer a local run, not a job. */
  private static final Set<String> NOT_FOR_JOBS = Set.of("--to", "--output", "--jobs",
      "--report", "--quiet", "--watch", "--force", "--debug", "--verbose", "--version");

  /**
   * Splits a command line.
   *
   * @throws IllegalArgumentException for a missing {@code --input} or {@code --output} or an
   *     option that makes no sense for a job
   */
  static JobArgs parse(String[] args) {
    Set<String> convert = ConvertSettings.optionNames();
    String input = null;
    String output = null;
    String site = null;
    List<String> formats = new ArrayList<>();
    List<String> resources = new ArrayList<>();
    List<String> convertOptions = new ArrayList<>();
    List<String> beam = new ArrayList<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String value = eq < 0 ? null : arg.substring(eq + 1);
      switch (name) {
        case "--input" -> input = required(name, value);
        case "--output" -> output = required(name, value);
        case "--site" -> site = required(name, value);
        case "--formats" -> {
          for (String f : required(name, value).split(",")) {
            if (!f.isBlank()) {
              formats.add(f.trim());
            }
          }
        }
        case "--resource-path" -> resources.add(required(name, value));
        default -> {
          if (NOT_FOR_JOBS.contains(name)) {
            throw new IllegalArgumentException(name + " is an option of 'tsuzuri convert', not "
                + "of the job");
          } else if (convert.contains(name)) {
            convertOptions.add(arg);
          } else {
            beam.add(arg);
          }
        }
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input=NOTE_FOLDER_OR_GLOB and --output=PREFIX are "
          + "required");
    }
    return new JobArgs(input, output, formats, site, resources, convertOptions, beam);
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a value: " + name + "=…");
    }
    return value.trim();
  }
}
