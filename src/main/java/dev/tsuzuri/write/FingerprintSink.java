package dev.tsuzuri.write;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;

/**
 * Collects what a format's output depends on in its options, for the incremental build: when
 * anything fed here changes between runs, the format's outputs are written again.
 *
 * <p>A provider feeds its own options only ({@link WriterProvider#fingerprint}), so changing
 * another writer's options never rebuilds its outputs.
 */
public interface FingerprintSink {
  /** Adds a named value by its string form. */
  FingerprintSink value(String name, Object value);

  /** Adds a file by its content (a missing or unreadable file by its name only). */
  FingerprintSink file(Path file);

  /**
   * Adds every component of an options record by name and value, and the content of the
   * components that name existing files (templates, stylesheets). Not a record: its string form.
   */
  default FingerprintSink record(Object options) {
    Class<?> type = options.getClass();
    value("type", type.getName());
    if (!type.isRecord()) {
      return value("value", options);
    }
    for (RecordComponent c : type.getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(options);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      value(c.getName(), v);
      if (v instanceof Path p) {
        file(p);
      }
    }
    return this;
  }
}
