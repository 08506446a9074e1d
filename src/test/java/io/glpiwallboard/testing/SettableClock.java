package io.glpiwallboard.testing;

import java.time.Instant;

import org.springframework.context.annotation.Primary;

/**
 * The product's clock in the shared context of {@link FullContextTest}: the system's,
 * until a test class pins it to an instant (and {@link CleanSlate} lets it run again
 * before the next class). Primary: the product's own clock bean may be registered too.
 */
@Primary
public final class SettableClock extends UtcClock {

	private volatile Instant pinned;

	/** From now on, the time is {@code instant}. */
	public void pin(Instant instant) {
		this.pinned = instant;
	}

	/** Back to the system's time. */
	public void run() {
		this.pinned = null;
	}

	@Override
	public Instant instant() {
		Instant instant = this.pinned;
		return (instant != null) ? instant : Instant.now();
	}

}
