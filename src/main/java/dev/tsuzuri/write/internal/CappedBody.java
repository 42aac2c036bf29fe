package dev.tsuzuri.write.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body, but no more than a limit: past it the stream is cancelled (which
 * closes the connection) instead of read to its end, whatever {@code Content-Length} claimed.
 */
final class CappedBody implements BodySubscriber<byte[]> {
  /** The body went past the limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }

  private final long limit;
  private final boolean refuse;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  private CappedBody(long limit, boolean refuse) {
    this.limit = limit;
    this.refuse = refuse;
  }

  /** A body of at most {@code limit} bytes. */
  static CappedBody upTo(long limit) {
    return new CappedBody(limit, false);
  }

  /** A body not wanted (an error page, a redirect): the stream is cancelled unread. */
  static CappedBody unread() {
    return new CappedBody(0, false);
  }

  /** A body known to be too large before it starts: fails as {@link TooLarge} unread. */
  static CappedBody tooLarge() {
    return new CappedBody(0, true);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (limit == 0) {
      s.cancel();
      if (refuse) {
        body.completeExceptionally(new TooLarge());
      } else {
        body.complete(new byte[0]);
      }
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      if (buffer.size() + (long) b.remaining() > limit) {
        subscription.cancel();
        body.completeExceptionally(new TooLarge());
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      buffer.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    body.complete(buffer.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  /** Stops reading (the time is up): cancels the stream, closing its connection. */
  void abort() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    body.cancel(false);
  }
}
