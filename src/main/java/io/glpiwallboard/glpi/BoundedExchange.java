package io.glpiwallboard.glpi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.util.unit.DataSize;

/**
 * One HTTP exchange, headers <em>and</em> body, bounded by {@code glpi.request-timeout}.
 * The JDK client's own request timeout stops counting once the headers have arrived, so a
 * server (or proxy) that trickles the body would otherwise hold a sync, and the database
 * with it, forever. On time-out the exchange is cancelled, which closes its connection.
 */
final class BoundedExchange {

	private final HttpClient client;

	private final Duration timeout;

	private final HttpResponse.BodyHandler<ReceivedBody> bodies;

	BoundedExchange(HttpClient client, Duration timeout, DataSize maxResponseSize) {
		this.client = client;
		this.timeout = timeout;
		this.bodies = CappedBody.handler(maxResponseSize);
	}

	/**
	 * @return the complete response, body read
	 * @throws HttpTimeoutException when headers and body together took longer than the
	 * timeout
	 * @throws CappedBody.TooLarge when the body exceeds {@code glpi.max-response-size}
	 * @throws IOException when the connection failed
	 * @throws InterruptedException when the calling thread was interrupted (the exchange
	 * is cancelled)
	 */
	HttpResponse<ReceivedBody> send(HttpRequest request) throws IOException, InterruptedException {
		CompletableFuture<HttpResponse<ReceivedBody>> exchange = client.sendAsync(request, bodies);
		try {
			return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException slow) {
			// since JDK 16, cancelling the future aborts the exchange and closes its
			// connection
			exchange.cancel(true);
			throw new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
		}
		catch (InterruptedException e) {
			exchange.cancel(true);
			throw e;
		}
		catch (ExecutionException failed) {
			Throwable cause = failed.getCause();
			while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			if (cause instanceof Error error) {
				// an OutOfMemoryError is no network glitch: never wrapped, so never
				// retried
				throw error;
			}
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(cause);
		}
	}

}
