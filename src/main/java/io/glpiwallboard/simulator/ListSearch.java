package io.glpiwallboard.simulator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Runs one GLPI search: filter, count, order, slice, and compute
 * {@code Content-Range}/status the way {@code ResourceAccessor::searchBySchema} does.
 * <p>
 * Without {@code sort} GLPI issues no ORDER BY, so the order is undefined. The simulator
 * makes that visible by shuffling differently on every request (seeded by the request
 * sequence, so tests stay reproducible): a client that pages without {@code sort} loses
 * and duplicates rows here, as it eventually would against a real server.
 */
final class ListSearch<T> {

	/**
	 * Rows in id order; {@code rows(min, max)} may narrow to an inclusive id range
	 * (binary search for tickets).
	 */
	@FunctionalInterface
	interface RowSource<T> {

		List<T> rows(long minId, long maxId);

	}

	record Result<T>(List<T> rows, int status, ContentRange range) {
	}

	private final FieldSet<T> fields;

	private final WallClock zone;

	private final long seed;

	ListSearch(FieldSet<T> fields, ZoneId zone, long seed) {
		this.fields = fields;
		this.zone = new WallClock(zone);
		this.seed = seed;
	}

	/** {@code visible} null means the session sees every row (no entity restriction). */
	Result<T> search(ListRequest request, RowSource<T> source, Predicate<T> visible, Integer defaultLimit) {
		Comparator<T> order = request.sort().map(s -> SortSpec.parse(s, fields)).orElse(null);
		Predicate<T> filter = visible;
		long[] bounds = { Long.MIN_VALUE, Long.MAX_VALUE };
		boolean pureIdRange = false;
		if (request.filter().isPresent()) {
			RsqlNode node = RsqlParser.parse(request.filter().get());
			Predicate<T> rsql = RsqlPredicate.compile(node, fields, zone);
			filter = visible == null ? rsql : visible.and(rsql);
			bounds = RsqlPredicate.idBounds(node);
			pureIdRange = RsqlPredicate.isPureIdRange(node);
		}
		long start = parseStart(request.start().orElse(null));
		Limit limit = Limit.parse(request.limit().orElse(null), defaultLimit);
		List<T> candidates = bounds[0] <= bounds[1] ? source.rows(bounds[0], bounds[1]) : List.of();
		boolean idOrdered = order != null && SortSpec.isIdAscending(request.sort().orElseThrow());
		if (idOrdered && limit.sql() != null) {
			// Keyset and id-ordered offset pages: count without copying; a pure id range
			// needs no test at all.
			return idOrderedPage(candidates, visible == null && (pureIdRange || filter == null) ? null : filter, start,
					limit.sql());
		}
		List<T> matches = new ArrayList<>();
		for (T row : candidates) {
			if (filter == null || filter.test(row)) {
				matches.add(row);
			}
		}
		int total = matches.size();
		int from = limit.sql() == null ? 0 : (int) Math.min(start, total);
		int to = limit.sql() == null ? total : (int) Math.min(total, start + limit.sql());
		if (order == null) {
			shuffleFirst(matches, to, new Random(seed * 1_000_003L + request.sequence()));
		}
		else if (!idOrdered) {
			sortFirst(matches, to, order);
		}
		List<T> rows = Collections.unmodifiableList(matches.subList(from, to));
		long rangeLimit = limit.sql() != null ? limit.sql() : limit.zero() ? 0 : rows.size();
		return new Result<>(rows, ContentRange.status(start, rangeLimit, total),
				ContentRange.of(start, rangeLimit, total));
	}

	private Result<T> idOrderedPage(List<T> candidates, Predicate<T> filter, long start, long limit) {
		long total;
		List<T> rows;
		if (filter == null) {
			total = candidates.size();
			rows = candidates.subList((int) Math.min(start, total), (int) Math.min(total, start + limit));
		}
		else {
			rows = new ArrayList<>();
			long count = 0;
			for (T row : candidates) {
				if (filter.test(row)) {
					if (count >= start && count < start + limit) {
						rows.add(row);
					}
					count++;
				}
			}
			total = count;
		}
		return new Result<>(Collections.unmodifiableList(rows), ContentRange.status(start, limit, total),
				ContentRange.of(start, limit, total));
	}

	/**
	 * Puts the first {@code count} rows in order, as a stable sort would (ties keep id
	 * order). For a small page out of many rows, a bounded heap avoids sorting
	 * everything: date_mod paging over a million tickets.
	 */
	static <T> void sortFirst(List<T> list, int count, Comparator<T> order) {
		int n = list.size();
		if (count >= n / 4) {
			list.sort(order);
			return;
		}
		Comparator<Integer> byIndex = (a, b) -> {
			int c = order.compare(list.get(a), list.get(b));
			return c != 0 ? c : Integer.compare(a, b);
		};
		PriorityQueue<Integer> worstFirst = new PriorityQueue<>(count + 1, byIndex.reversed());
		for (int i = 0; i < n; i++) {
			worstFirst.add(i);
			if (worstFirst.size() > count) {
				worstFirst.poll();
			}
		}
		List<Integer> best = new ArrayList<>(worstFirst);
		best.sort(byIndex);
		List<T> top = new ArrayList<>(best.size());
		best.forEach(i -> top.add(list.get(i)));
		for (int i = 0; i < top.size(); i++) {
			list.set(i, top.get(i));
		}
	}

	/**
	 * Only the first {@code count} positions need to be random for the page that is
	 * returned.
	 */
	private static <T> void shuffleFirst(List<T> list, int count, Random random) {
		int n = list.size();
		for (int i = 0; i < Math.min(count, n - 1); i++) {
			Collections.swap(list, i, i + random.nextInt(n - i));
		}
	}

	private static long parseStart(String raw) {
		if (raw == null) {
			return 0;
		}
		try {
			return Math.max(0, Long.parseLong(raw.trim()));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	/**
	 * The LIMIT actually applied: {@code sql} is null when there is none (limit=0, a
	 * non-numeric limit, or no default). {@code zero} remembers limit=0, which GLPI still
	 * uses as 0 in its range arithmetic (206, "0-0/n").
	 */
	record Limit(Long sql, boolean zero) {
		static Limit parse(String raw, Integer defaultLimit) {
			if (raw == null) {
				return defaultLimit == null || defaultLimit <= 0 ? new Limit(null, false)
						: new Limit((long) defaultLimit, false);
			}
			try {
				long value = Long.parseLong(raw.trim());
				if (value == 0) {
					return new Limit(null, true);
				}
				return value > 0 ? new Limit(value, false) : new Limit(null, false);
			}
			catch (NumberFormatException e) {
				return new Limit(null, false);
			}
		}
	}

}
