package io.glpiwallboard.sync;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs pages done/total, tickets per second and an ETA, at most once per interval. */
final class SyncProgress {

	private static final Logger log = LoggerFactory.getLogger(SyncProgress.class);

	private final String label;

	private final long expectedPages;

	private final long intervalNanos;

	private final long started = System.nanoTime();

	private final AtomicLong pages = new AtomicLong();

	private final AtomicLong tickets = new AtomicLong();

	private final AtomicLong lastLog = new AtomicLong(System.nanoTime());

	SyncProgress(String label, long expectedPages, Duration interval) {
		this.label = label;
		this.expectedPages = expectedPages;
		this.intervalNanos = interval.toNanos();
	}

	void pageDone(int ticketCount) {
		long p = pages.incrementAndGet();
		long t = tickets.addAndGet(ticketCount);
		long now = System.nanoTime();
		long last = lastLog.get();
		if (now - last >= intervalNanos && lastLog.compareAndSet(last, now)) {
			log.info("{}", line(p, t, now));
		}
	}

	long tickets() {
		return tickets.get();
	}

	long pages() {
		return pages.get();
	}

	void finish() {
		log.info("{} done: {}", label, line(pages.get(), tickets.get(), System.nanoTime()));
	}

	private String line(long p, long t, long now) {
		double seconds = Math.max(0.001, (now - started) / 1e9);
		double rate = t / seconds;
		String eta = "";
		if (expectedPages > 0 && p < expectedPages && p > 0) {
			long remaining = Math.round((expectedPages - p) * (seconds / p));
			eta = ", ETA " + remaining + " s";
		}
		return String.format("%s: %d/%s pages, %d tickets, %.0f tickets/s%s", label, p,
				expectedPages > 0 ? Long.toString(expectedPages) : "?", t, rate, eta);
	}

}
