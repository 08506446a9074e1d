package io.glpiwallboard.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the time of a full sync's ticket pages goes, summed over the run and reported per
 * page: CPU spent parsing (fetching threads), CPU spent writing (the storing thread),
 * wall time waiting for GLPI (request sent to body received), and wall time the storing
 * thread sat idle waiting for a parsed page (near zero means the writes are the
 * bottleneck). Thread CPU time comes from {@link ThreadMXBean} ({@code clock_gettime} per
 * thread on Linux, well under a microsecond), read four times per page of 500 tickets, so
 * the accounting costs nothing measurable and stays on. Thread-safe.
 */
final class PageCosts {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported()
			&& THREADS.isThreadCpuTimeEnabled();

	private final LongAdder pages = new LongAdder();

	private final LongAdder parseCpu = new LongAdder();

	private final LongAdder writeCpu = new LongAdder();

	private final LongAdder glpiWait = new LongAdder();

	private final LongAdder writerIdle = new LongAdder();

	/** CPU time of the calling thread in nanoseconds (0 when the JVM cannot tell). */
	static long cpuNow() {
		return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
	}

	void waited(long nanos) {
		glpiWait.add(nanos);
	}

	void parsed(long cpuNanos) {
		parseCpu.add(cpuNanos);
	}

	void written(long cpuNanos) {
		pages.increment();
		writeCpu.add(cpuNanos);
	}

	void writerIdle(long nanos) {
		writerIdle.add(nanos);
	}

	/**
	 * E.g.
	 * {@code Per ticket page (200 pages): parsing 12.3 ms CPU, writing 20.1 ms CPU, ...}.
	 */
	String summary() {
		long n = Math.max(1, pages.sum());
		if (!CPU_TIME) {
			return String.format(
					"Per ticket page (%d pages): waiting for GLPI %.1f ms; the writer waited %.1f s in all"
							+ " (this JVM measures no thread CPU time)",
					pages.sum(), ms(glpiWait.sum()) / n, ms(writerIdle.sum()) / 1000);
		}
		return String.format(
				"Per ticket page (%d pages): parsing %.1f ms CPU, writing %.1f ms CPU, waiting for GLPI %.1f ms;"
						+ " the writer waited %.1f s in all for parsed pages",
				pages.sum(), ms(parseCpu.sum()) / n, ms(writeCpu.sum()) / n, ms(glpiWait.sum()) / n,
				ms(writerIdle.sum()) / 1000);
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}
