package dev.tsuzuri.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a thread of its own and turns a run of over 30 seconds into a finding.
 * libFuzzer's own timeout is 20 minutes, longer than a whole fuzzing run, so a hang would only
 * ever look like a slow run.
 */
final class Watchdog {
  /** Longer than any input may take (the hostile suite allows 10 s for a 50 MB note). */
  static final long LIMIT_SECONDS = 30;

  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "fuzz-input", 16L << 20);
    t.setDaemon(true);
    return t;
  });

  /** What a fuzz input does. */
  interface Input {
    void run() throws Exception;
  }

  private Watchdog() {}

  /** Runs the input; rethrows what it throws; throws {@link AssertionError} for a hang. */
  static void run(Input input) throws Exception {
    Future<?> f = WORKER.submit(() -> {
      input.run();
      return null;
    });
    try {
      f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("hang: the input ran for over " + LIMIT_SECONDS + " s");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
