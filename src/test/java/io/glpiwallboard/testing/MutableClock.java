package io.glpiwallboard.testing;

import java.time.Duration;
import java.time.Instant;

/** A clock tests move by hand, to expire tokens or cross midnight without waiting. */
public final class MutableClock extends UtcClock {

	private volatile Instant now;

	public MutableClock() {
		this(Instant.parse("2026-11-27T09:00:00Z"));
	}

	public MutableClock(Instant start) {
		this.now = start;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void advanceSeconds(long seconds) {
		advance(Duration.ofSeconds(seconds));
	}

	@Override
	public Instant instant() {
		return now;
	}

}
