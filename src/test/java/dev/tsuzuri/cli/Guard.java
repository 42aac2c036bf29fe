package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a hostile case with the limits issue 7 sets: 10 seconds, measured as the process's CPU
 * time so that a machine shared with other builds does not fail the case, plus a wall-clock
 * limit that stops a hung case (and the batch's worker threads it started) so it cannot starve
 * the cases after it. The case runs on a thread with the JVM's default 1 MB stack, as on a
 * user's machine, not the larger stack the test JVM is given.
 */
final class Guard {
  static final long CPU_LIMIT_NANOS = 10_000_000_000L;
  static final long WALL_LIMIT_MILLIS = 120_000;

  private Guard() {}

  @SuppressWarnings({"deprecation", "removal"})
  static <T> T run(String name, Callable<T> task) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.call());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "hostile-case", 1024 * 1024);
    long cpu0 = cpu();
    long wall0 = System.nanoTime();
    thread.start();
    thread.join(WALL_LIMIT_MILLIS);
    long cpu = cpu() - cpu0;
    long wall = (System.nanoTime() - wall0) / 1_000_000;
    if (Boolean.getBoolean("hostile.verbose")) {
      System.out.printf("%-60s cpu %6d ms  wall %6d ms%n", name, cpu / 1_000_000, wall);
    }
    if (thread.isAlive()) {
      // Thread.stop is the only way to end a runaway parse; Java 17 still has it
      Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("tsuzuri-worker-"))
          .forEach(Thread::stop);
      thread.stop();
      fail(name + " still running after " + WALL_LIMIT_MILLIS / 1000 + " s: a hang");
    }
    if (failure.get() instanceof Exception e) {
      throw e;
    }
    if (failure.get() != null) {
      throw new AssertionError(name + " threw " + failure.get(), failure.get());
    }
    if (cpu > CPU_LIMIT_NANOS) {
      fail(name + " used " + cpu / 1_000_000 + " ms of CPU, more than 10 s");
    }
    return result.get();
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
