package io.glpiwallboard.sync;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs pages done/planned, tickets per second and an ETA, at most once per interval and
 * only when pages were done since the last line, then one closing summary. The plan is an
 * estimate that may change while the sync runs (a range denser than planned takes more
 * pages); a line never shows more pages done than planned: past the plan it shows
 * {@code ?} and no ETA.
 */
final class SyncProgress {

	private static final Logger log = LoggerFactory.getLogger(SyncProgress.class);

	private final String label;

	private final LongSupplier plannedPages;

	private final long intervalNanos;

	private final long started = System.nanoTime();

	private final AtomicLong pages = new AtomicLong();

	private final AtomicLong tickets = new AtomicLong();

	private final AtomicLong lastLog = new AtomicLong(System.nanoTime());

	/** Pages done when the last line was logged, so that a line is never logged twice. */
	private final AtomicLong lastLoggedPages = new AtomicLong();

	/**
	 * @param plannedPages the pages expected in all; 0 when unknown
	 */
	SyncProgress(String label, long plannedPages, Duration interval) {
		this(label, () -> plannedPages, interval);
	}

	/**
	 * @param plannedPages the pages expected in all, asked again for each line; 0 when
	 * unknown
	 */
	SyncProgress(String label, LongSupplier plannedPages, Duration interval) {
		this.label = label;
		this.plannedPages = plannedPages;
		this.intervalNanos = interval.toNanos();
	}

	void pageDone(int ticketCount) {
		long p = pages.incrementAndGet();
		long t = tickets.addAndGet(ticketCount);
		long now = System.nanoTime();
		long last = lastLog.get();
		long logged = lastLoggedPages.get();
		if (now - last >= intervalNanos && p > logged && lastLog.compareAndSet(last, now)
				&& lastLoggedPages.compareAndSet(logged, p)) {
			log.info("{}", line(p, t, now));
		}
	}

	long tickets() {
		return tickets.get();
	}

	long pages() {
		return pages.get();
	}

	/** Logs the closing summary: what was done, in how long. */
	void finish() {
		long now = System.nanoTime();
		double seconds = Math.max(0.001, (now - started) / 1e9);
		log.info("{}: done, {} pages, {} tickets in {} s ({} tickets/s)", label, pages.get(), tickets.get(),
				String.format(Locale.ROOT, "%.1f", seconds), Math.round(tickets.get() / seconds));
	}

	private String line(long p, long t, long now) {
		double seconds = Math.max(0.001, (now - started) / 1e9);
		long planned = plannedPages.getAsLong();
		String of = planned > 0 && p <= planned ? Long.toString(planned) : "?";
		String eta = "";
		if (planned > 0 && p < planned && p > 0) {
			eta = ", ETA " + Math.round((planned - p) * (seconds / p)) + " s";
		}
		return String.format(Locale.ROOT, "%s: %d/%s pages, %d tickets, %.0f tickets/s%s", label, p, of, t, t / seconds,
				eta);
	}

}
