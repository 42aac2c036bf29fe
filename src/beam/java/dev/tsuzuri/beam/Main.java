package dev.tsuzuri.beam;

import java.io.PrintStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code java -jar tsuzuri-beam.jar --input=DIR_OR_GLOB --output=PREFIX [--formats=pdf,docx,pptx]
 * [convert options] [Beam options]}: converts a corpus with Apache Beam, on the DirectRunner or
 * on a cluster's runner. Exits 0 when the job ran, whatever notes failed (they are listed in
 * {@code PREFIX/tsuzuri-failures.jsonl}), 1 when the job itself failed, 2 on a usage error.
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "Usage: java -jar tsuzuri-beam.jar --input=DIR_OR_GLOB --output=PREFIX",
      "         [--formats=pdf,docx,pptx] [--site=DIR] [--resource-path=DIR]...",
      "         [tsuzuri convert options: --page-size=A5 --template=x.docx --decks=session ...]",
      "         [Beam options: --runner=DirectRunner|DataflowRunner|FlinkRunner|SparkRunner ...]",
      "Converts every note below the input on a Beam runner; outputs mirror the input under the",
      "prefix, failures go to PREFIX/tsuzuri-failures.jsonl. Exit codes: 0 the job ran, 1 the",
      "job failed, 2 usage error.");

  private Main() {}

  /** Runs the job and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the job; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    dev.tsuzuri.cli.Main.quietLibraries(false);
    if (java.util.Arrays.asList(args).contains("--help")) {
      out.println(USAGE);
      return 0;
    }
    JobSettings settings;
    PipelineOptions options;
    try {
      JobArgs job = JobArgs.parse(args);
      Inputs inputs = Inputs.of(job.input());
      if (inputs.missingLocally()) {
        throw new IllegalArgumentException(job.input() + ": no such file or folder");
      }
      settings = JobSettings.of(job, inputs);
      options = PipelineOptionsFactory.fromArgs(job.beamOptions().toArray(String[]::new))
          .withValidation().create();
    } catch (IllegalArgumentException | dev.tsuzuri.diag.TsuzuriException e) {
      err.println("tsuzuri-beam: " + e.getMessage());
      return 2;
    }
    FileSystems.setDefaultPipelineOptions(options);
    Pipeline pipeline = TsuzuriPipeline.build(options, settings);
    PipelineResult result;
    PipelineResult.State state;
    try {
      result = pipeline.run();
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      err.println("tsuzuri-beam: the job failed: " + oneLine(e));
      return 1;
    }
    JobCounts counts = JobCounts.of(result);
    out.println("tsuzuri-beam: " + counts + " (" + state + "); failures in "
        + settings.output() + "/" + TsuzuriPipeline.FAILURES);
    return state == PipelineResult.State.DONE ? 0 : 1;
  }

  private static String oneLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() != null ? t.getMessage() : t.toString();
    return m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
