package io.glpiwallboard.sync;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.glpiwallboard.glpi.GlpiClient.FetchedPage;
import io.glpiwallboard.glpi.GlpiException;
import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.ListQuery;

/**
 * Reads id ranges by keyset with exactly {@code glpi.concurrency} requests in flight. A permit is
 * held only while waiting for GLPI: twice as many threads take turns, so parsing one page
 * overlaps the next requests instead of delaying them. The calling thread stores the parsed
 * pages; the queue between them is bounded, so memory holds a few pages whatever the ticket count.
 */
final class RangeFetcher {

	private static final List<GlpiTicket> RANGE_DONE = List.of();

	private record Parsed(List<GlpiTicket> items, RuntimeException failure) {
	}

	private final SyncRun run;

	private final SyncProgress progress;

	private final Semaphore inFlight;

	private final int threads;

	private final BlockingQueue<Parsed> parsed;

	RangeFetcher(SyncRun run, SyncProgress progress) {
		int concurrency = run.client.properties().concurrency();
		this.run = run;
		this.progress = progress;
		this.inFlight = new Semaphore(concurrency);
		this.threads = 2 * concurrency;
		this.parsed = new ArrayBlockingQueue<>(2 * concurrency);
	}

	/** Reads every ticket matching each RSQL range filter; returns when all are stored. */
	void fetchAll(List<String> ranges) {
		ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "glpi-fetch");
			t.setDaemon(true);
			return t;
		});
		AtomicInteger pending = new AtomicInteger(ranges.size());
		try {
			ranges.forEach(range -> workers.execute(() -> read(range)));
			while (pending.get() > 0) {
				Parsed next = parsed.take();
				if (next.failure() != null) {
					throw next.failure();
				}
				if (next.items() == RANGE_DONE) {
					pending.decrementAndGet();
					continue;
				}
				run.store(next.items());
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

	private void read(String range) {
		try {
			String filter = range;
			while (true) {
				FetchedPage fetched;
				inFlight.acquire();
				try {
					fetched = run.client.fetchTickets(ListQuery.of(filter, "id:asc", run.pageSize()));
				}
				finally {
					inFlight.release();
				}
				GlpiPage<GlpiTicket> page = fetched.parse();
				List<GlpiTicket> items = page.items();
				if (!items.isEmpty()) {
					parsed.put(new Parsed(items, null));
				}
				if (page.isLast(0, run.pageSize())) {
					parsed.put(new Parsed(RANGE_DONE, null));
					return;
				}
				filter = range + ";id=gt=" + items.get(items.size() - 1).id();
			}
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

}
