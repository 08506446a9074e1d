package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.glpiwallboard.glpi.GlpiException;
import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.ListQuery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full sync: afterwards the mirror equals what GLPI shows.
 * <ol>
 * <li>The id space up to the current highest id is cut into ranges expected to hold a little under
 * {@value #PAGES_PER_RANGE} pages each; ranges are fetched in parallel ({@code glpi.concurrency}),
 * each by keyset, so a range that turns out denser simply takes one more request. Several pages
 * per range keep partial last pages rare; enough ranges per worker keep the workers equally busy.</li>
 * <li>Tickets created meanwhile (ids above that highest id) are read by keyset too.</li>
 * <li>Tickets changed meanwhile are read again by {@code date_mod} since the sync started.</li>
 * <li>Rows this run did not see are removed (purged in GLPI), and counts are reconciled to catch
 * tickets purged after their range was read.</li>
 * </ol>
 */
final class FullTicketSync {

	private static final Logger log = LoggerFactory.getLogger(FullTicketSync.class);

	/** Pages one range is planned to hold. */
	static final int PAGES_PER_RANGE = 4;

	/** Ranges aim at this share of their pages so that ordinary density changes rarely cost an extra request. */
	private static final double RANGE_FILL = 0.97;

	private final SyncProperties properties;

	private final Clock clock;

	FullTicketSync(SyncProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** @return the watermark for the next incremental sync (GLPI's time when the catch-up started) */
	Instant run(SyncRun run) {
		int pageSize = run.pageSize();
		GlpiPage<GlpiTicket> newest = run.client.tickets(ListQuery.of(null, "id:desc", 1));
		Instant started = newest.serverTime().orElse(clock.instant());
		long total = newest.total().orElse((long) newest.items().size());
		// storing the newest ticket early teaches the run GLPI's UTC offset; its range re-reads it anyway
		run.store(newest.items());
		long maxId = newest.items().isEmpty() ? 0 : newest.items().get(0).id();
		long minId = 0;
		if (!newest.items().isEmpty()) {
			GlpiPage<GlpiTicket> oldest = run.client.tickets(ListQuery.of(null, "id:asc", 1));
			minId = oldest.items().isEmpty() ? maxId : oldest.items().get(0).id();
		}
		List<long[]> ranges = plan(minId, maxId, total, pageSize);
		SyncProgress progress = new SyncProgress("Full sync of " + total + " tickets", ranges.size(),
				properties.progressInterval());
		try (PageWriter writer = new PageWriter(run, progress, 2 * run.client.properties().concurrency())) {
			fetchInParallel(run, ranges, writer);
			new KeysetPager(run.client, pageSize).byId("id=gt=" + maxId, writer::submit);
			writer.finish();
		}
		progress.finish();
		long paged = System.nanoTime();

		Instant catchUpStart = IncrementalTicketSync.catchUp(run, started.minus(properties.overlap()), clock);
		long caughtUp = System.nanoTime();
		int purged = run.mirror.deleteNotSeenBy(run.runId);
		if (purged > 0) {
			log.info("Removed {} tickets that GLPI no longer shows (purged)", purged);
		}
		long deleted = System.nanoTime();
		new PurgeReconciler(properties).reconcile(run);
		log.info("After paging: changes since the start read in {} ms, unseen tickets removed in {} ms, counts reconciled in {} ms",
				(caughtUp - paged) / 1_000_000, (deleted - caughtUp) / 1_000_000, (System.nanoTime() - deleted) / 1_000_000);
		return catchUpStart;
	}

	static List<long[]> plan(long minId, long maxId, long total, int pageSize) {
		List<long[]> ranges = new ArrayList<>();
		if (total <= 0 || maxId < minId) {
			return ranges;
		}
		double span = (double) maxId - minId + 1;
		// small instances: at least one range per page, so that every worker gets work
		int pagesPerRange = total > (long) pageSize * PAGES_PER_RANGE * 8 ? PAGES_PER_RANGE : 1;
		long width = Math.max(1, (long) Math.floor(pageSize * pagesPerRange * RANGE_FILL * span / total));
		for (long lo = minId; lo <= maxId; lo += width) {
			ranges.add(new long[] { lo, Math.min(maxId, lo + width - 1) });
			if (lo > Long.MAX_VALUE - width) {
				break;
			}
		}
		return ranges;
	}

	private void fetchInParallel(SyncRun run, List<long[]> ranges, PageWriter writer) {
		int threads = Math.max(1, Math.min(run.client.properties().concurrency(), ranges.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "glpi-page-" + System.identityHashCode(r));
			t.setDaemon(true);
			return t;
		});
		ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
		KeysetPager pager = new KeysetPager(run.client, run.pageSize());
		List<Future<Void>> futures = new ArrayList<>();
		try {
			for (long[] range : ranges) {
				futures.add(done.submit(() -> {
					pager.byId("id=ge=" + range[0] + ";id=le=" + range[1], writer::submit);
					return null;
				}));
			}
			for (int i = 0; i < futures.size(); i++) {
				done.take().get();
			}
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException re ? re : new GlpiException(e.getCause().toString(), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("sync interrupted", e);
		}
		finally {
			pool.shutdownNow();
			awaitQuietly(pool);
		}
	}

	private static void awaitQuietly(ExecutorService pool) {
		try {
			pool.awaitTermination(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
