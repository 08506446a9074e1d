package io.glpiwallboard.wallboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.glpiwallboard.snapshot.FiguresRepository;

import org.springframework.stereotype.Component;

/**
 * The latest snapshot: which one is current and whether it can be trusted, re-read at
 * most once a second: a hundred TVs and API clients then cost the database one look-up
 * per second instead of one per request. A new snapshot calls {@link #invalidate()}, so
 * it shows up immediately.
 */
@Component
public class LatestSnapshot {

	static final long TTL_MILLIS = 1000;

	private final FiguresRepository figures;

	private final Freshness freshness;

	private final Clock clock;

	private volatile Entry entry;

	public LatestSnapshot(FiguresRepository figures, Freshness freshness, Clock clock) {
		this.figures = figures;
		this.freshness = freshness;
		this.clock = clock;
	}

	/**
	 * @param asOf the latest observed snapshot, or null if no sync ever succeeded
	 * @param verdict whether that data is stale, and why
	 */
	public record Current(Instant asOf, Freshness.Verdict verdict) {
	}

	public Current current() {
		Entry e = entry;
		long nanos = System.nanoTime();
		long millis = clock.millis();
		// both clocks: the wall clock may be pinned (tests) or jump (NTP), the monotonic
		// one may not
		if (e != null && nanos - e.nanos < TTL_MILLIS * 1_000_000 && millis >= e.millis
				&& millis - e.millis < TTL_MILLIS) {
			return e.current;
		}
		Instant asOf = figures.latestObserved().map(Map.Entry::getValue).orElse(null);
		Current current = new Current(asOf, freshness.check());
		entry = new Entry(current, nanos, millis);
		return current;
	}

	public void invalidate() {
		entry = null;
	}

	private record Entry(Current current, long nanos, long millis) {
	}

}
