package io.glpiwallboard.sync;

import java.util.Optional;

/**
 * The id ranges of a full sync, handed out one at a time in id order. The first width
 * comes from GLPI's claims: its total and its lowest and highest ids, cut so that a range
 * holds a little under {@value #PAGES_PER_RANGE} pages (several pages per range keep
 * partial last pages rare; enough ranges per worker keep the workers equally busy). After
 * that, the width follows what the pages actually held: a range that came back with less
 * than half its planned rows makes the next ones wider, one with more than twice as many
 * makes them narrower, by at most {@value #MAX_STEP}x per range. Hence a wrong claim (a
 * total of 10^9 over 2,500 tickets, an id span of 10^12) costs a number of requests that
 * grows with the logarithm of the span, never one request per planned range, while an
 * honest GLPI keeps the plan it started with.
 * <p>
 * Thread-safe: the fetching workers take ranges and report them done concurrently.
 */
final class IdRangePlan {

	/**
	 * One range of ids, both ends included; {@code to == Long.MAX_VALUE} is the
	 * open-ended last one.
	 */
	record IdRange(long from, long to) {

		boolean openEnded() {
			return to == Long.MAX_VALUE;
		}

	}

	/** Pages one range is planned to hold on a large instance. */
	static final int PAGES_PER_RANGE = 4;

	/**
	 * Ranges aim at this share of their pages so that ordinary density changes rarely
	 * cost an extra request.
	 */
	private static final double RANGE_FILL = 0.97;

	/**
	 * Most a range's outcome changes the width: 4x crosses 10^12 ids from a 10^5-id start
	 * in 12 steps.
	 */
	private static final double MAX_STEP = 4;

	private final long maxId;

	private final int pagesPerRange;

	/** Rows a range is planned to hold. */
	private final double target;

	private long next;

	private long width;

	private boolean closedRangesDone;

	private boolean tailIssued;

	private long issued;

	private long completed;

	private long completedPages;

	/**
	 * @param minId the lowest ticket id GLPI showed
	 * @param maxId the highest ticket id GLPI showed when the sync started; ids above it
	 * are read by one open-ended last range
	 * @param total how many tickets GLPI counted (already bounded by the id span by the
	 * caller)
	 * @param pageSize rows per request
	 */
	IdRangePlan(long minId, long maxId, long total, int pageSize) {
		this.maxId = maxId;
		this.next = minId;
		this.closedRangesDone = total <= 0 || maxId < minId;
		double span = (double) maxId - minId + 1;
		// small instances: one page per range, so that every worker gets work
		this.pagesPerRange = total > (long) pageSize * PAGES_PER_RANGE * 8 ? PAGES_PER_RANGE : 1;
		this.target = pageSize * pagesPerRange * RANGE_FILL;
		this.width = Math.max(1, (long) Math.floor(target * span / Math.max(1, total)));
	}

	/** The next range to read, or empty when every id has been handed out. */
	synchronized Optional<IdRange> next() {
		if (!closedRangesDone) {
			long to = width - 1 >= maxId - next ? maxId : next + width - 1;
			IdRange range = new IdRange(next, to);
			if (to == maxId) {
				closedRangesDone = true;
			}
			else {
				next = to + 1;
			}
			issued++;
			return Optional.of(range);
		}
		if (!tailIssued && maxId < Long.MAX_VALUE) {
			// tickets created since the newest one was read
			tailIssued = true;
			return Optional.of(new IdRange(maxId + 1, Long.MAX_VALUE));
		}
		return Optional.empty();
	}

	/** Records what a range held, which sets the width of the ranges still to come. */
	synchronized void done(IdRange range, long rows, long pages) {
		if (range.openEnded()) {
			return;
		}
		completed++;
		completedPages += pages;
		double ids = (double) range.to() - range.from() + 1;
		if (rows * 2 < target) {
			double suggested = rows == 0 ? Double.MAX_VALUE : target * ids / rows;
			width = Math.max(width, (long) Math.min(suggested, ids * MAX_STEP));
		}
		else if (rows > 2 * target) {
			width = Math.min(width, Math.max(1, (long) Math.max(target * ids / rows, ids / MAX_STEP)));
		}
	}

	/**
	 * Pages the closed ranges are expected to take: those read, plus a plan's worth for
	 * each range to come.
	 */
	synchronized long expectedPages() {
		double toCome = closedRangesDone ? 0 : Math.ceil(((double) maxId - next + 1) / width);
		return completedPages + (long) ((issued - completed + toCome) * pagesPerRange);
	}

	/** Ranges handed out so far, the open-ended one included. */
	synchronized long issued() {
		return issued + (tailIssued ? 1 : 0);
	}

}
