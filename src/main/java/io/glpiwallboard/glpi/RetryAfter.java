package io.glpiwallboard.glpi;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads {@code Retry-After} (RFC 9110 §10.2.3) of a 429 or 503: delay-seconds, or an
 * HTTP-date. GLPI itself sends neither status (its API has no throttling); a web server,
 * proxy or maintenance page in front of it may.
 */
final class RetryAfter {

	/** Longer than any budget: an absurd value must fail the request, not overflow. */
	static final Duration FOREVER = Duration.ofDays(365);

	private RetryAfter() {
	}

	/**
	 * @param clock used for an HTTP-date only when the response has no {@code Date}
	 * header (the server's own clock is preferred, so that clock skew does not change the
	 * wait)
	 * @return the wait the server asked for, never negative; empty when absent or
	 * unreadable
	 */
	static Optional<Duration> of(HttpResponse<?> response, Clock clock) {
		Optional<String> header = response.headers().firstValue("Retry-After").map(String::trim);
		if (header.isEmpty() || header.get().isEmpty()) {
			return Optional.empty();
		}
		String value = header.get();
		if (value.chars().allMatch(Character::isDigit)) {
			return Optional.of(value.length() > 9 ? FOREVER : min(Duration.ofSeconds(Long.parseLong(value)), FOREVER));
		}
		Optional<Instant> at = HttpDate.parse(value);
		if (at.isEmpty()) {
			return Optional.empty();
		}
		Instant now = response.headers().firstValue("Date").flatMap(HttpDate::parse).orElseGet(clock::instant);
		Duration wait = Duration.between(now, at.get());
		return Optional.of(wait.isNegative() ? Duration.ZERO : min(wait, FOREVER));
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
