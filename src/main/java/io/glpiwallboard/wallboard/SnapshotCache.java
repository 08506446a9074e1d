package io.glpiwallboard.wallboard;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered responses of the current snapshot, dropped all at once when a newer snapshot appears.
 * Bounded, because keys include URL parameters a client chooses.
 */
final class SnapshotCache<V> {

	private final int maxEntries;

	private final Map<String, V> entries = new ConcurrentHashMap<>();

	private volatile Instant asOf;

	SnapshotCache(int maxEntries) {
		this.maxEntries = maxEntries;
	}

	/** @param render computes the value on a miss; a null result is returned but not kept */
	V get(Instant snapshot, String key, Supplier<V> render) {
		if (!Objects.equals(snapshot, asOf) || entries.size() > maxEntries) {
			entries.clear();
			asOf = snapshot;
		}
		V cached = entries.get(key);
		if (cached != null) {
			return cached;
		}
		V value = render.get();
		if (value != null) {
			entries.put(key, value);
		}
		return value;
	}

}
