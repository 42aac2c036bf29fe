package dev.tsuzuri.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where the preview server listens.
 *
 * @param host the address to bind: a loopback address unless the user asked for another
 * @param port the port, or 0 for any free one
 */
public record ServeOptions(String host, int port) {
  /** The loopback address the server binds by default. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The port used when none is given (綴 = 1414, after the tool's name). */
  public static final int DEFAULT_PORT = 1414;

  public ServeOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
  }

  /** {@code 127.0.0.1:1414}. */
  public static ServeOptions defaults() {
    return new ServeOptions(LOOPBACK, DEFAULT_PORT);
  }

  /** The same with another port. */
  public ServeOptions withPort(int newPort) {
    return new ServeOptions(host, newPort);
  }

  /** True when the host is a loopback address, so no other machine can connect. */
  public boolean loopback() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
