package io.glpiwallboard.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.glpiwallboard.glpi.GlpiException;
import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.KeysetCursor;
import io.glpiwallboard.sync.IdRangePlan.IdRange;

/**
 * Reads the ranges of an {@link IdRangePlan} by keyset with exactly {@code glpi.concurrency} requests
 * in flight. A permit is held only while waiting for GLPI: twice as many threads take turns, so parsing
 * one page overlaps the next requests instead of delaying them. Each thread takes the plan's next range
 * when it has finished one, so what a range held shapes the ranges still to come. The calling thread
 * hands the parsed pages to {@value #WRITERS} storing threads, each page in its own transaction; the
 * queue between fetching and storing is bounded, and so are the pages being stored, so memory holds a
 * few pages whatever the ticket count.
 * <p>
 * Why more than one storing thread: storing a page (H2 upserts, index entries, the commit that visits
 * every entry again) costs about three times the CPU of parsing it, and one thread storing every page
 * was the critical path: the fetching threads sat blocked on the full queue longer than they waited for
 * GLPI (see {@code src/benchmark/RESULTS-sync.md}). Pages of one pass hold disjoint tickets (the ranges
 * are disjoint, each read in ascending ids), so their transactions never touch the same rows. Storing
 * threads are never interrupted (an interrupted H2 file write closes the database's file channel): on a
 * failure the fetching threads are stopped and the pages being stored are let finish before the failure
 * is thrown.
 */
final class RangeFetcher {

	private static final List<GlpiTicket> WORKER_DONE = List.of();

	/** Pages stored at the same time, each on its own connection. */
	static final int WRITERS = 2;

	private record Parsed(List<GlpiTicket> items, RuntimeException failure) {
	}

	private final SyncRun run;

	private final SyncProgress progress;

	private final Semaphore inFlight;

	private final int threads;

	private final BlockingQueue<Parsed> parsed;

	private final PageCosts costs = new PageCosts();

	/** Free storing threads: taken by the calling thread before it hands a page over, so stores stay bounded. */
	private final Semaphore writeSlots = new Semaphore(WRITERS);

	/** The first failure of a storing thread, thrown by the calling thread. */
	private final AtomicReference<Throwable> writeFailure = new AtomicReference<>();

	RangeFetcher(SyncRun run, SyncProgress progress) {
		int concurrency = run.client.properties().concurrency();
		this.run = run;
		this.progress = progress;
		this.inFlight = new Semaphore(concurrency);
		this.threads = 2 * concurrency;
		this.parsed = new ArrayBlockingQueue<>(2 * concurrency);
	}

	/** What the pages read so far cost (parsing, writing, waiting). */
	PageCosts costs() {
		return costs;
	}

	/** Reads every ticket of every range the plan hands out; returns when all are stored. */
	void fetchAll(IdRangePlan plan) {
		ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("glpi-fetch"));
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS, daemon("glpi-store"));
		int working = threads;
		try {
			for (int i = 0; i < threads; i++) {
				workers.execute(() -> work(plan));
			}
			while (working > 0) {
				long idle = System.nanoTime();
				Parsed next = parsed.take();
				costs.writerIdle(System.nanoTime() - idle);
				if (next.failure() != null) {
					throw next.failure();
				}
				if (next.items() == WORKER_DONE) {
					working--;
					continue;
				}
				long handing = System.nanoTime();
				writeSlots.acquire();
				costs.storersBusy(System.nanoTime() - handing);
				throwWriteFailure();
				writers.execute(() -> store(next.items()));
			}
			// every page handed over: wait until the last ones are stored
			writeSlots.acquire(WRITERS);
			writeSlots.release(WRITERS);
			throwWriteFailure();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("sync interrupted", e);
		}
		finally {
			workers.shutdownNow();
			// never interrupted: a store in progress finishes (or fails) on its own
			writers.shutdown();
			awaitTermination(workers);
			awaitTermination(writers);
		}
	}

	private void store(List<GlpiTicket> items) {
		try {
			if (writeFailure.get() != null) {
				return;
			}
			long cpu = PageCosts.cpuNow();
			run.store(items);
			costs.written(PageCosts.cpuNow() - cpu);
			progress.pageDone(items.size());
		}
		catch (Throwable e) {
			writeFailure.compareAndSet(null, e);
		}
		finally {
			writeSlots.release();
		}
	}

	private void throwWriteFailure() {
		Throwable failure = writeFailure.get();
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		if (failure != null) {
			throw new GlpiException("storing a page failed", failure);
		}
	}

	private static ThreadFactory daemon(String name) {
		return r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		};
	}

	/** Waits even when this thread was interrupted (a store must not outlive the pass), then restores the flag. */
	private static void awaitTermination(ExecutorService pool) {
		boolean interrupted = Thread.interrupted();
		try {
			pool.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			interrupted = true;
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void work(IdRangePlan plan) {
		try {
			for (Optional<IdRange> range = plan.next(); range.isPresent(); range = plan.next()) {
				read(range.get(), plan);
			}
			parsed.put(new Parsed(WORKER_DONE, null));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			try {
				parsed.put(new Parsed(null, e));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void read(IdRange range, IdRangePlan plan) throws InterruptedException {
		KeysetCursor<GlpiTicket> pages = run.client.ticketsInRange(range.from(), range.to());
		long rows = 0;
		long pageCount = 0;
		while (pages.hasNext()) {
			long[] sendingCpu = new long[1];
			long cpu = PageCosts.cpuNow();
			GlpiPage<GlpiTicket> page = pages.next(request -> {
				// the permit is held only while waiting for GLPI; parsing happens after it is released
				inFlight.acquire();
				long sent = System.nanoTime();
				long sendCpu = PageCosts.cpuNow();
				try {
					return request.get();
				}
				finally {
					inFlight.release();
					sendingCpu[0] += PageCosts.cpuNow() - sendCpu;
					costs.waited(System.nanoTime() - sent);
				}
			});
			costs.parsed(PageCosts.cpuNow() - cpu - sendingCpu[0]);
			List<GlpiTicket> items = page.items();
			if (!items.isEmpty()) {
				rows += items.size();
				pageCount++;
				parsed.put(new Parsed(items, null));
			}
		}
		plan.done(range, rows, pageCount);
	}

}
