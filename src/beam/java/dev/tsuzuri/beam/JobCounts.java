package dev.tsuzuri.beam;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The job's counters as the runner reports them: notes converted, failed and skipped as drafts,
 * and the bytes of the outputs written.
 */
record JobCounts(long converted, long failed, long drafts, long bytesWritten) {
  /** The counters of a finished job (0 for those the runner did not report). */
  static JobCounts of(PipelineResult result) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(ConvertNoteFn.METRICS)).build());
    long converted = 0;
    long failed = 0;
    long drafts = 0;
    long bytes = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      long v = value(c);
      switch (c.getName().getName()) {
        case "notesConverted" -> converted += v;
        case "notesFailed" -> failed += v;
        case "draftsSkipped" -> drafts += v;
        case "bytesWritten" -> bytes += v;
        default -> { }
      }
    }
    return new JobCounts(converted, failed, drafts, bytes);
  }

  /** Committed values where the runner has them, else attempted ones. */
  private static long value(MetricResult<Long> c) {
    try {
      Long v = c.getCommitted();
      return v == null ? 0 : v;
    } catch (UnsupportedOperationException e) {
      Long v = c.getAttempted();
      return v == null ? 0 : v;
    }
  }

  @Override
  public String toString() {
    return converted + " converted, " + failed + " failed, " + drafts + " drafts skipped, "
        + bytesWritten + " bytes written";
  }
}
