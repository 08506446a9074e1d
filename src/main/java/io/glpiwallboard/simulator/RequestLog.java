package io.glpiwallboard.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the API requests the simulator received, so tests and the benchmark can assert
 * on client behaviour.
 */
public final class RequestLog {

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong lists = new AtomicLong();

	private final AtomicLong tokens = new AtomicLong();

	private final Map<String, AtomicLong> paths = new ConcurrentHashMap<>();

	void record(String route, boolean list, boolean token) {
		total.incrementAndGet();
		if (list) {
			lists.incrementAndGet();
		}
		if (token) {
			tokens.incrementAndGet();
		}
		paths.computeIfAbsent(normalise(route), k -> new AtomicLong()).incrementAndGet();
	}

	/** All requests under /api.php (admin endpoints excluded). */
	public long total() {
		return total.get();
	}

	/** GET requests on the Ticket, Entity and Group lists. */
	public long listRequests() {
		return lists.get();
	}

	/** POST /token calls, successful or not. */
	public long tokenRequests() {
		return tokens.get();
	}

	/**
	 * Requests on a route without version prefix, e.g. "/Assistance/Ticket" or "/token"
	 * (case-insensitive).
	 */
	public long byPath(String route) {
		AtomicLong count = paths.get(normalise(route));
		return count == null ? 0 : count.get();
	}

	/** Counts per route, for diagnostics. */
	public Map<String, Long> snapshot() {
		Map<String, Long> copy = new TreeMap<>();
		paths.forEach((k, v) -> copy.put(k, v.get()));
		return copy;
	}

	public void reset() {
		total.set(0);
		lists.set(0);
		tokens.set(0);
		paths.clear();
	}

	static String normalise(String route) {
		String r = route.toLowerCase();
		return r.length() > 1 && r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
	}

}
