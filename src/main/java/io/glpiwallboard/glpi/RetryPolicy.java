package io.glpiwallboard.glpi;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, bounded both in attempts and in elapsed time. */
final class RetryPolicy {

	private final GlpiProperties.Retry settings;

	RetryPolicy(GlpiProperties.Retry settings) {
		this.settings = settings;
	}

	int maxAttempts() {
		return settings.maxAttempts();
	}

	/** The wait before attempt {@code attempt + 1}, or null when no further attempt may be made. */
	Duration backoffAfter(int attempt, Duration elapsed) {
		if (attempt >= settings.maxAttempts()) {
			return null;
		}
		long base = settings.initialBackoff().toMillis();
		long cap = settings.maxBackoff().toMillis();
		long exp = Math.min(cap, base << Math.min(20, attempt - 1));
		// full jitter keeps several workers from retrying in lock-step against a struggling server
		long wait = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
		if (elapsed.toMillis() + wait > settings.maxElapsed().toMillis()) {
			return null;
		}
		return Duration.ofMillis(wait);
	}

}
