package io.glpiwallboard.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, to expire tokens or cross midnight without waiting. */
public final class MutableClock extends Clock {

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
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

}
