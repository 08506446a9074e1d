package io.glpiwallboard.glpi;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.springframework.util.unit.DataSize;

/**
 * Reads a response body into memory ({@link ReceivedBody}), at most
 * {@code glpi.max-response-size} of it. A server (or proxy) sending more, announced by
 * its {@code Content-Length} or not, fails the exchange with {@link TooLarge} as soon as
 * the limit is passed: the rest is never read, so a runaway answer costs the limit in
 * heap, not an {@link OutOfMemoryError} in every thread of the process.
 */
final class CappedBody implements HttpResponse.BodySubscriber<ReceivedBody> {

	/**
	 * The body exceeded the limit; not worth another attempt, the same request gets the
	 * same answer.
	 */
	static final class TooLarge extends IOException {

		TooLarge(DataSize limit) {
			super("the answer exceeds " + describe(limit));
		}

	}

	/**
	 * {@code size} as the setting is written: {@code 64MB}, {@code 10KB}, {@code 1000B}.
	 */
	static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + "MB";
		}
		return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
	}

	private final DataSize limit;

	private final boolean announcedTooLarge;

	private final CompletableFuture<ReceivedBody> body = new CompletableFuture<>();

	/**
	 * The buffers as they came (the client's, about 16 KB each), joined once at the end:
	 * a growing array would copy a page of 1 MB four times over, each copy too large for
	 * the young generation (G1's humongous objects), which kept the garbage collector's
	 * concurrent marking busy during a full sync.
	 */
	private final List<byte[]> received = new ArrayList<>();

	private long size;

	private Flow.Subscription subscription;

	private CappedBody(DataSize limit, boolean announcedTooLarge) {
		this.limit = limit;
		this.announcedTooLarge = announcedTooLarge;
	}

	/**
	 * @param limit the largest body accepted, in bytes
	 */
	static HttpResponse.BodyHandler<ReceivedBody> handler(DataSize limit) {
		return info -> {
			OptionalLong length = info.headers().firstValueAsLong("Content-Length");
			return new CappedBody(limit, length.isPresent() && length.getAsLong() > limit.toBytes());
		};
	}

	@Override
	public void onSubscribe(Flow.Subscription s) {
		this.subscription = s;
		if (announcedTooLarge) {
			fail();
			return;
		}
		s.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (body.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (size + buffer.remaining() > limit.toBytes()) {
				fail();
				return;
			}
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			received.add(bytes);
			size += bytes.length;
		}
	}

	@Override
	public void onError(Throwable failure) {
		body.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		body.complete(new ReceivedBody(received));
	}

	@Override
	public CompletionStage<ReceivedBody> getBody() {
		return body;
	}

	private void fail() {
		// cancelling closes the connection: the rest of the body is never read
		subscription.cancel();
		received.clear();
		size = 0;
		body.completeExceptionally(new TooLarge(limit));
	}

}
