package io.glpiwallboard.wallboard.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A pinned instant, moved forward on demand: makes the data "old" without waiting, and
 * keeps a test's board the same whatever the time of day it runs at.
 */
final class ShiftableClock extends Clock {

	private final Instant pinned;

	private final ZoneId zone;

	private volatile Duration shift = Duration.ZERO;

	ShiftableClock(Instant pinned, ZoneId zone) {
		this.pinned = pinned;
		this.zone = zone;
	}

	void shift(Duration by) {
		shift = by;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return pinned.plus(shift);
	}

}
