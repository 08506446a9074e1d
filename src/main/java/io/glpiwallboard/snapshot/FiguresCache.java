package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The figures of each scope, computed once per snapshot: every TV and API client asks for the same
 * few scopes between two syncs, and 100 of them must be answered within milliseconds. An entry is
 * used only while the latest observed snapshot is the one it was computed from and no snapshot
 * table was written since ({@link #invalidate()}, called by the writers after they commit).
 */
@Component
class FiguresCache {

	private record Key(Long entityId, int trendDays) {
	}

	private record Entry(Map.Entry<LocalDate, Instant> latest, long version, WallboardFigures figures) {
	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong version = new AtomicLong();

	/** Snapshot tables changed: nothing computed before may be served again. */
	void invalidate() {
		version.incrementAndGet();
		entries.clear();
	}

	/**
	 * @param latest the latest observed snapshot (day and time), read just now
	 * @param compute loads the figures when there is no valid entry
	 */
	Optional<WallboardFigures> get(Long entityId, int trendDays, Map.Entry<LocalDate, Instant> latest,
			Supplier<Optional<WallboardFigures>> compute) {
		Key key = new Key(entityId, trendDays);
		long current = version.get();
		Entry entry = entries.get(key);
		if (entry != null && entry.version() == current && entry.latest().equals(latest)) {
			return Optional.of(entry.figures());
		}
		Optional<WallboardFigures> computed = compute.get();
		// a snapshot written while computing bumps the version: that result is served once, not kept
		computed.filter(f -> version.get() == current).ifPresent(f -> entries.put(key, new Entry(latest, current, f)));
		return computed;
	}

}
