package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
		// the newest and the oldest ticket bound the id space; asked in parallel, they cost one round trip
		CompletableFuture<GlpiPage<GlpiTicket>> oldestAsked = CompletableFuture
			.supplyAsync(() -> run.client.tickets(ListQuery.of(null, "id:asc", 1)));
		GlpiPage<GlpiTicket> newest = run.client.tickets(ListQuery.of(null, "id:desc", 1));
		GlpiPage<GlpiTicket> oldest = join(oldestAsked);
		Instant started = newest.serverTime().orElse(clock.instant());
		long total = newest.total().orElse((long) newest.items().size());
		// storing the newest ticket early teaches the run GLPI's UTC offset; its range re-reads it anyway
		run.store(newest.items());
		long maxId = newest.items().isEmpty() ? 0 : newest.items().get(0).id();
		long minId = oldest.items().isEmpty() ? maxId : oldest.items().get(0).id();
		List<long[]> ranges = plan(minId, maxId, total, pageSize);
		SyncProgress progress = new SyncProgress("Full sync of " + total + " tickets", (total + pageSize - 1) / pageSize,
				properties.progressInterval());
		List<String> filters = new ArrayList<>();
		ranges.forEach(r -> filters.add("id=ge=" + r[0] + ";id=le=" + r[1]));
		// tickets created since the newest one was read: one more range, open-ended
		filters.add("id=gt=" + maxId);
		new RangeFetcher(run, progress).fetchAll(filters);
		progress.finish();
		long paged = System.nanoTime();

		Instant catchUpStart = IncrementalTicketSync.catchUp(run, started.minus(properties.overlap()), properties, clock);
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

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (java.util.concurrent.CompletionException e) {
			throw e.getCause() instanceof RuntimeException re ? re : e;
		}
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

}
