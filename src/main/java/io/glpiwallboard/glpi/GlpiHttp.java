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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to GLPI and retries what is worth retrying: connection failures, timeouts,
 * 5xx and 429 answers. Everything else is returned for the caller to interpret.
 */
final class GlpiHttp {

	private static final Logger log = LoggerFactory.getLogger(GlpiHttp.class);

	private final HttpClient client;

	private final RetryPolicy retry;

	private final AtomicLong requests = new AtomicLong();

	GlpiHttp(GlpiProperties properties) {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.retry = new RetryPolicy(properties.retry());
	}

	long requestCount() {
		return requests.get();
	}

	/**
	 * @param request builds the request afresh for each attempt (headers such as the token may change)
	 * @param what a short description for messages, never containing a secret
	 */
	HttpResponse<byte[]> send(Supplier<HttpRequest> request, String what) {
		long started = System.nanoTime();
		for (int attempt = 1;; attempt++) {
			HttpRequest req = request.get();
			String failure;
			RuntimeException giveUp;
			try {
				requests.incrementAndGet();
				HttpResponse<byte[]> response = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
				int status = response.statusCode();
				if (status < 500 && status != 429) {
					return response;
				}
				failure = "HTTP " + status;
				giveUp = new GlpiUnreachableException("GLPI kept failing for " + what + " (HTTP " + status + " after "
						+ attempt + " attempts)");
			}
			catch (ConnectException | UnresolvedAddressException e) {
				if (isUnknownHost(e)) {
					// a name that does not resolve will not resolve on the next attempt either
					throw new GlpiUnreachableException("cannot reach GLPI: unknown host '" + req.uri().getHost()
							+ "' (check glpi.url)", e);
				}
				failure = "connection refused";
				giveUp = new GlpiUnreachableException("cannot reach GLPI at " + hostOf(req.uri()) + " ("
						+ describe(e) + ")", e);
			}
			catch (HttpConnectTimeoutException e) {
				failure = "connect timeout";
				giveUp = new GlpiUnreachableException("cannot reach GLPI at " + hostOf(req.uri())
						+ " (connection timed out)", e);
			}
			catch (HttpTimeoutException e) {
				failure = "timeout";
				giveUp = new GlpiUnreachableException("GLPI did not answer " + what + " in time (glpi.request-timeout)", e);
			}
			catch (IOException e) {
				failure = describe(e);
				giveUp = new GlpiUnreachableException("connection to GLPI at " + hostOf(req.uri()) + " failed during "
						+ what + " (" + describe(e) + ")", e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new GlpiException("interrupted while waiting for GLPI", e);
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			Duration wait = retry.backoffAfter(attempt, elapsed);
			if (wait == null) {
				throw giveUp;
			}
			log.warn("GLPI request {} failed ({}), attempt {}/{}; retrying in {} ms", what, failure, attempt,
					retry.maxAttempts(), wait.toMillis());
			sleep(wait);
		}
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
		return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
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

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("interrupted while waiting to retry", e);
		}
	}

}
