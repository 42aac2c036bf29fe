package dev.tsuzuri.write;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Outputs kept in memory, by name, in the order they were opened: for tests and servers. */
public final class MemoryOutputs implements Outputs {
  private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();

  @Override
  public synchronized OutputStream open(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.put(name, out);
    return out;
  }

  /** The bytes written under a name, or null when none. */
  public synchronized byte[] get(String name) {
    ByteArrayOutputStream out = files.get(name);
    return out == null ? null : out.toByteArray();
  }

  /** Every file written, by name, in the order opened. */
  public synchronized Map<String, byte[]> all() {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    files.forEach((k, v) -> copy.put(k, v.toByteArray()));
    return copy;
  }
}
