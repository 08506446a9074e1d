package io.glpiwallboard.testing;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests set by hand, always in UTC: the product reads instants from it and takes
 * its days' zone from {@code wallboard.time-zone}, never from the clock.
 */
public abstract class UtcClock extends Clock {

	@Override
	public final ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public final Clock withZone(ZoneId zone) {
		return this;
	}

}
