package io.glpiwallboard.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.glpiwallboard.glpi.GlpiException;
import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.KeysetCursor;
import io.glpiwallboard.sync.IdRangePlan.IdRange;

/**
 * Reads the ranges of an {@link IdRangePlan} by keyset with exactly
 * {@code glpi.concurrency} requests in flight. A permit is held only while waiting for
 * GLPI: twice as many threads take turns, so parsing one page overlaps the next requests
 * instead of delaying them. Each thread takes the plan's next range when it has finished
 * one, so what a range held shapes the ranges still to come. The calling thread stores
 * the parsed pages; the queue between them is bounded, so memory holds a few pages
 * whatever the ticket count.
 */
final class RangeFetcher {

	private static final List<GlpiTicket> WORKER_DONE = List.of();

	private record Parsed(List<GlpiTicket> items, RuntimeException failure) {
	}

	private final SyncRun run;

	private final SyncProgress progress;

	private final Semaphore inFlight;

	private final int threads;

	private final BlockingQueue<Parsed> parsed;

	private final PageCosts costs = new PageCosts();

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

	/**
	 * Reads every ticket of every range the plan hands out; returns when all are stored.
	 */
	void fetchAll(IdRangePlan plan) {
		ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "glpi-fetch");
			t.setDaemon(true);
			return t;
		});
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
				long cpu = PageCosts.cpuNow();
				run.store(next.items());
				costs.written(PageCosts.cpuNow() - cpu);
				progress.pageDone(next.items().size());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("sync interrupted", e);
		}
		finally {
			workers.shutdownNow();
			try {
				workers.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
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
				// the permit is held only while waiting for GLPI; parsing happens after
				// it is released
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
