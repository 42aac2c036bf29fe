package dev.tsuzuri.write.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches one http or https address with a connect timeout, a total deadline across redirects, a
 * limited number of redirects (each to http or https only) and a size limit enforced on the
 * stream itself. Never throws: every failure comes back as a {@link Fetched} with its reason.
 */
public final class HttpFetcher {
  /**
   * How far a fetch may go.
   *
   * @param connectTimeout the longest wait for a connection
   * @param totalTimeout the longest a whole fetch may take, redirects and body included
   * @param maxRedirects redirects followed at most
   * @param maxBytes the largest body accepted
   */
  public record Limits(Duration connectTimeout, Duration totalTimeout, int maxRedirects,
      long maxBytes) {}

  /** Says who asks, as polite clients do; the version comes from the jar's manifest. */
  private static final String USER_AGENT = "tsuzuri/" + java.util.Objects.requireNonNullElse(
      HttpFetcher.class.getPackage().getImplementationVersion(), "dev");
  private static final String ACCEPT = "image/png,image/jpeg,image/gif,image/bmp;q=0.9,*/*;q=0.1";

  private final Limits limits;
  private volatile HttpClient client;

  /** A fetcher; its HTTP client (and the client's threads) is made on the first fetch only. */
  public HttpFetcher(Limits limits) {
    this.limits = limits;
  }

  /** True for an absolute {@code http:} or {@code https:} address with a host. */
  public static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  /** Fetches the address, following redirects; the result says why when there are no bytes. */
  public Fetched fetch(String address) {
    URI uri;
    try {
      uri = new URI(encoded(address.trim()));
    } catch (URISyntaxException e) {
      return Fetched.failed("not a valid address");
    }
    if (!isHttp(uri)) {
      return Fetched.failed(uri.getHost() == null && uri.getScheme() != null
          && uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
          ? "no host in the address" : "only http and https addresses are fetched");
    }
    long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
    for (int redirects = 0; ; redirects++) {
      Answer a = exchange(uri, deadline);
      if (a.failure() != null) {
        return a.failure();
      }
      int status = a.response().statusCode();
      if (isRedirect(status)) {
        Optional<String> location = a.response().headers().firstValue("Location");
        if (location.isEmpty()) {
          return Fetched.failed("HTTP " + status + " without a Location");
        }
        if (redirects == limits.maxRedirects()) {
          return Fetched.failed("more than " + limits.maxRedirects() + " redirects");
        }
        URI next;
        try {
          next = uri.resolve(new URI(encoded(location.get().trim())));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return Fetched.failed("redirected to an invalid address");
        }
        if (!isHttp(next)) {
          // a redirect must not turn a web fetch into a read of file:, jar: or ftp:
          return Fetched.failed("redirected to a non-http address " + next);
        }
        uri = next;
        continue;
      }
      if (status < 200 || status > 299) {
        return Fetched.failed("HTTP " + status);
      }
      return Fetched.ok(a.response().body());
    }
  }

  /**
   * The address with what may not appear in a URI (spaces, Japanese file names, quotes)
   * percent-encoded as UTF-8, as browsers do; existing {@code %XX} escapes are kept.
   */
  static String encoded(String address) {
    StringBuilder b = new StringBuilder(address.length());
    for (byte x : address.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }

  private record Answer(HttpResponse<byte[]> response, Fetched failure) {}

  private Answer exchange(URI uri, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return new Answer(null, Fetched.failed(timeUp()));
    }
    AtomicReference<CappedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> response;
    try {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofNanos(left))
          .header("User-Agent", USER_AGENT)
          .header("Accept", ACCEPT)
          .GET()
          .build();
      response = client().sendAsync(request, info -> {
        CappedBody b;
        if (info.statusCode() < 200 || info.statusCode() > 299) {
          b = CappedBody.unread();
        } else if (declaredLength(info) > limits.maxBytes()) {
          // a declared size over the limit needs no reading; a smaller or missing one is not
          // trusted, the stream is capped anyway
          b = CappedBody.tooLarge();
        } else {
          b = CappedBody.upTo(limits.maxBytes());
        }
        body.set(b);
        return b;
      });
    } catch (IllegalArgumentException e) {
      return new Answer(null, Fetched.failed("not a valid address"));
    }
    try {
      return new Answer(response.get(Math.max(1, deadline - System.nanoTime()),
          TimeUnit.NANOSECONDS), null);
    } catch (TimeoutException e) {
      abort(response, body);
      return new Answer(null, Fetched.failed(timeUp()));
    } catch (InterruptedException e) {
      abort(response, body);
      Thread.currentThread().interrupt();
      return new Answer(null, Fetched.failed("interrupted"));
    } catch (ExecutionException e) {
      return new Answer(null, Fetched.failed(describe(e.getCause())));
    } catch (RuntimeException e) {
      return new Answer(null, Fetched.failed(describe(e)));
    }
  }

  private static long declaredLength(HttpResponse.ResponseInfo info) {
    try {
      return info.headers().firstValueAsLong("Content-Length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void abort(CompletableFuture<?> response, AtomicReference<CappedBody> body) {
    CappedBody b = body.get();
    if (b != null) {
      b.abort();
    }
    response.cancel(true);
  }

  private String describe(Throwable t) {
    if (t instanceof CappedBody.TooLarge) {
      return "larger than " + megabytes(limits.maxBytes());
    }
    if (t instanceof HttpConnectTimeoutException) {
      return "no connection within " + seconds(limits.connectTimeout());
    }
    if (t instanceof HttpTimeoutException) {
      return timeUp();
    }
    // the client wraps the cause that says what happened: an unknown host, a refused port
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return "unknown host";
      }
      if (c instanceof ConnectException && c.getMessage() != null
          && c.getMessage().toLowerCase(Locale.ROOT).contains("refused")) {
        return "connection refused";
      }
    }
    if (t instanceof ConnectException) {
      return "cannot connect";
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return t.getMessage();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** A size as people read it: "50 MB", "256 KB". */
  static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  private String timeUp() {
    return "no complete answer within " + seconds(limits.totalTimeout());
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = HttpClient.newBuilder()
              .connectTimeout(limits.connectTimeout())
              // redirects are followed here, one by one, so that each target is checked
              .followRedirects(HttpClient.Redirect.NEVER)
              .version(HttpClient.Version.HTTP_1_1)
              .build();
          client = c;
        }
      }
    }
    return c;
  }
}
