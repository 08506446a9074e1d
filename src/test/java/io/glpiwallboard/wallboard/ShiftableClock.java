package io.glpiwallboard.wallboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The real time, moved forward on demand: makes real data "old" without waiting. */
final class ShiftableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration shift = Duration.ZERO;

	ShiftableClock(ZoneId zone) {
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
		return Instant.now().plus(shift);
	}

}
