package io.glpiwallboard.glpi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.glpiwallboard.glpi.GlpiRetry.TransientFailure;

import org.springframework.util.unit.DataSize;

/**
 * Sends requests to GLPI: each exchange bounded in time, body included
 * ({@link BoundedExchange}), redirects kept within GLPI's origin
 * ({@link OriginRedirects}), and what is worth retrying retried ({@link GlpiRetry}):
 * connection failures, timeouts, 5xx and 429 answers. Everything else is returned for the
 * caller to interpret.
 */
final class GlpiHttp {

	private final BoundedExchange exchange;

	private final OriginRedirects redirects;

	private final GlpiRetry retry;

	private final Clock clock;

	private final DataSize maxResponseSize;

	private final AtomicLong requests = new AtomicLong();

	GlpiHttp(GlpiProperties properties, Clock clock) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			// every request carries a credential: redirects are followed by hand, within
			// the origin only
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.exchange = new BoundedExchange(client, properties.requestTimeout(), properties.maxResponseSize());
		this.maxResponseSize = properties.maxResponseSize();
		this.redirects = new OriginRedirects(properties);
		this.retry = new GlpiRetry(properties.retry());
		this.clock = clock;
	}

	long requestCount() {
		return requests.get();
	}

	/**
	 * @param request builds the request afresh for each attempt (headers such as the
	 * token may change)
	 * @param what a short description for messages, never containing a secret
	 * @return the first answer that is neither retryable nor a redirect GLPI may follow
	 * @throws GlpiUnreachableException when retries ran out, or the server asked to wait
	 * longer than allowed
	 * @throws GlpiProtocolException when a redirect would leave GLPI's origin or re-send
	 * a POST, or the answer exceeds {@code glpi.max-response-size}
	 */
	HttpResponse<ReceivedBody> send(Supplier<HttpRequest> request, String what) {
		return retry.run(what, () -> attempt(request.get(), what));
	}

	private HttpResponse<ReceivedBody> attempt(HttpRequest req, String what) {
		try {
			HttpResponse<ReceivedBody> response = redirects.send(req, r -> {
				requests.incrementAndGet();
				return exchange.send(r);
			});
			int status = response.statusCode();
			if (status < 500 && status != 429) {
				return response;
			}
			Duration retryAfter = status == 429 || status == 503 ? RetryAfter.of(response, clock).orElse(null) : null;
			throw new TransientFailure("HTTP " + status, retryAfter, attempts -> new GlpiUnreachableException(
					"GLPI kept failing for " + what + " (HTTP " + status + " after " + attempts + " attempts)"));
		}
		catch (ConnectException | UnresolvedAddressException e) {
			if (isUnknownHost(e)) {
				// a name that does not resolve will not resolve on the next attempt
				// either
				throw new GlpiUnreachableException(
						"cannot reach GLPI: unknown host '" + req.uri().getHost() + "' (check glpi.url)", e);
			}
			throw transientFailure("connection refused",
					"cannot reach GLPI at " + hostOf(req.uri()) + " (" + describe(e) + ")", e);
		}
		catch (HttpConnectTimeoutException e) {
			throw transientFailure("connect timeout",
					"cannot reach GLPI at " + hostOf(req.uri()) + " (connection timed out)", e);
		}
		catch (CappedBody.TooLarge e) {
			// the same request would bring the same answer: not retried
			throw new GlpiProtocolException("GLPI's answer to " + what + " is larger than glpi.max-response-size ("
					+ CappedBody.describe(maxResponseSize) + "): raise it, or lower glpi.page-size", e);
		}
		catch (HttpTimeoutException e) {
			throw transientFailure("timeout",
					"GLPI did not answer " + what + " in time (glpi.request-timeout, body included)", e);
		}
		catch (IOException e) {
			throw transientFailure(describe(e),
					"connection to GLPI at " + hostOf(req.uri()) + " failed during " + what + " (" + describe(e) + ")",
					e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("interrupted while waiting for GLPI", e);
		}
	}

	private static TransientFailure transientFailure(String failure, String message, Exception cause) {
		return new TransientFailure(failure, null, attempts -> new GlpiUnreachableException(message, cause));
	}

	private static boolean isUnknownHost(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	private static String hostOf(URI uri) {
		// never the authority: it may carry user:password@
		return OriginRedirects.originOf(uri);
	}

	private static String describe(Throwable e) {
		if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
			return "connection refused";
		}
		if (e instanceof UnresolvedAddressException) {
			return "unknown host";
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

}
