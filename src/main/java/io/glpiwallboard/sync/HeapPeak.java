package io.glpiwallboard.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak live heap during a run, as the garbage collector last found it in each pool (garbage not
 * yet collected is not counted): the benchmark uses it to show memory does not grow with the
 * number of tickets.
 */
final class HeapPeak implements AutoCloseable {

	private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
		.toList();

	private final AtomicLong peak = new AtomicLong();

	private final Thread sampler;

	private volatile boolean running = true;

	HeapPeak() {
		sampler = new Thread(() -> {
			while (running) {
				sample();
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-peak");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void sample() {
		long live = 0;
		for (MemoryPoolMXBean pool : HEAP) {
			MemoryUsage afterGc = pool.getCollectionUsage();
			live += afterGc == null ? 0 : afterGc.getUsed();
		}
		peak.accumulateAndGet(live, Math::max);
	}

	long peakMegabytes() {
		sample();
		return peak.get() / (1024 * 1024);
	}

	static long maxMegabytes() {
		return Runtime.getRuntime().maxMemory() / (1024 * 1024);
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
	}

}
