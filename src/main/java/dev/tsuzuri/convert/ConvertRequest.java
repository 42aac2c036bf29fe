package dev.tsuzuri.convert;

import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.write.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything a conversion needs: which notes, where to, which formats, and how.
 *
 * <pre>{@code
 * ConvertRequest request = ConvertRequest.builder()
 *     .input(Path.of("content"))
 *     .output(Path.of("out"))
 *     .formats("pdf", "docx")
 *     .options(WriteOptions.defaults().with(PdfOptions.builder()
 *         .pageSize(PageSize.A5).toc(true).font(BodyFont.SERIF).build()))
 *     .jobs(4)
 *     .build();
 * BatchResult result = Tsuzuri.convert(request);
 * }</pre>
 *
 * @param inputs note files and folders; folders are searched recursively and mirrored under the
 *     output folder
 * @param output the output folder
 * @param formats the format names ({@code dev.tsuzuri.write.Writers#formats()})
 * @param options the per-writer option records
 * @param resourceRoots folders besides each note's own that images may come from
 * @param allowRemote whether http and https images are fetched (see {@link
 *     dev.tsuzuri.write.RemoteImages}); when false nothing connects anywhere
 * @param drafts whether notes marked {@code draft: true} are converted too
 * @param force whether to rebuild notes that are up to date
 * @param jobs how many notes are converted at once (at least 1)
 * @param include glob patterns a note's path below its input folder must match (none: all)
 * @param exclude glob patterns that leave a note out
 * @param reader how notes are read
 */
public record ConvertRequest(
    List<Path> inputs,
    Path output,
    List<String> formats,
    WriteOptions options,
    List<Path> resourceRoots,
    boolean allowRemote,
    boolean drafts,
    boolean force,
    int jobs,
    List<String> include,
    List<String> exclude,
    NoteReader reader) {

  public ConvertRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    formats = List.copyOf(formats);
    Objects.requireNonNull(options, "options");
    resourceRoots = List.copyOf(resourceRoots);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(reader, "reader");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input");
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no format");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
  }

  /** A builder with the defaults: default options, no drafts, one job per core. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConvertRequest}; every setter returns the builder. */
  public static final class Builder {
    private final List<Path> inputs = new ArrayList<>();
    private Path output = Path.of("out");
    private final List<String> formats = new ArrayList<>();
    private WriteOptions options = WriteOptions.defaults();
    private final List<Path> resourceRoots = new ArrayList<>();
    private boolean allowRemote;
    private boolean drafts;
    private boolean force;
    private int jobs = Runtime.getRuntime().availableProcessors();
    private final List<String> include = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private NoteReader reader;

    private Builder() {}

    /** Adds a note file or a folder of notes. */
    public Builder input(Path input) {
      inputs.add(Objects.requireNonNull(input, "input"));
      return this;
    }

    /** Adds note files or folders. */
    public Builder inputs(List<Path> more) {
      more.forEach(this::input);
      return this;
    }

    /** The output folder (default {@code out}). */
    public Builder output(Path folder) {
      output = Objects.requireNonNull(folder, "output");
      return this;
    }

    /** Adds formats ("pdf", "docx", "pptx", "html", "json"). */
    public Builder formats(String... names) {
      return formats(Arrays.asList(names));
    }

    /** Adds formats. */
    public Builder formats(List<String> names) {
      for (String n : names) {
        String f = n.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.isEmpty() && !formats.contains(f)) {
          formats.add(f);
        }
      }
      return this;
    }

    /** The writers' option records. */
    public Builder options(WriteOptions writeOptions) {
      options = Objects.requireNonNull(writeOptions, "options");
      return this;
    }

    /** Allows images from one more folder. */
    public Builder resourceRoot(Path folder) {
      resourceRoots.add(Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /**
     * Fetches remote (http, https) images, with timeouts and size limits; off by default, when a
     * remote image becomes a placeholder with a warning and no connection is made.
     */
    public Builder allowRemote(boolean value) {
      allowRemote = value;
      return this;
    }

    /** Converts drafts too. */
    public Builder drafts(boolean value) {
      drafts = value;
      return this;
    }

    /** Rebuilds up-to-date notes too. */
    public Builder force(boolean value) {
      force = value;
      return this;
    }

    /** Notes converted at once. */
    public Builder jobs(int value) {
      jobs = value;
      return this;
    }

    /** Adds a glob every note must match, such as {@code posts/**}. */
    public Builder include(String glob) {
      include.add(glob);
      return this;
    }

    /** Adds a glob that leaves notes out, such as {@code **}{@code /_index.md}. */
    public Builder exclude(String glob) {
      exclude.add(glob);
      return this;
    }

    /** Reads notes with this reader instead of the Markdown reader. */
    public Builder reader(NoteReader noteReader) {
      reader = noteReader;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException when no input or no format was given
     */
    public ConvertRequest build() {
      return new ConvertRequest(inputs, output, formats, options, resourceRoots, allowRemote,
          drafts, force, jobs, include, exclude,
          reader != null ? reader : MarkdownReader.defaults());
    }
  }
}
