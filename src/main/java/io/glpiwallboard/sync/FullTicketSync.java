package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full sync: afterwards the mirror equals what GLPI shows.
 * <ol>
 * <li>The id space up to the current highest id is read in ranges ({@link IdRangePlan}),
 * in parallel ({@code glpi.concurrency}), each by keyset, so a range that turns out
 * denser simply takes one more request, and the plan follows what the pages held rather
 * than GLPI's count.</li>
 * <li>Tickets created meanwhile (ids above that highest id) are read by keyset too.</li>
 * <li>Tickets changed meanwhile are read again by {@code date_mod} since the sync
 * started.</li>
 * <li>Rows this run did not see are removed (purged in GLPI), within what the
 * {@link PurgeGuard} allows, and counts are reconciled to catch tickets purged after
 * their range was read (GLPI's count asked in parallel with step 3).</li>
 * </ol>
 */
final class FullTicketSync {

	private static final Logger log = LoggerFactory.getLogger(FullTicketSync.class);

	private final SyncProperties properties;

	private final Clock clock;

	FullTicketSync(SyncProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return the watermark for the next incremental sync (GLPI's time when the catch-up
	 * started)
	 * @throws io.glpiwallboard.glpi.GlpiProtocolException when the removals would exceed
	 * what the {@link PurgeGuard} allows (nothing removed)
	 */
	Instant run(SyncRun run) {
		int pageSize = run.pageSize();
		long mirroredAtStart = run.mirror.count();
		PurgeGuard guard = new PurgeGuard(properties.maxPurgeRatio(), mirroredAtStart);
		// the newest and the oldest ticket bound the id space; asked in parallel, they
		// cost one round trip
		CompletableFuture<GlpiPage<GlpiTicket>> oldestAsked = CompletableFuture.supplyAsync(run.client::oldestTicket);
		GlpiPage<GlpiTicket> newest = run.client.newestTicket();
		GlpiPage<GlpiTicket> oldest = join(oldestAsked);
		Instant started = newest.serverTime().orElse(clock.instant());
		// storing the newest ticket early teaches the run GLPI's UTC offset; its range
		// re-reads it anyway
		run.store(newest.items());
		long maxId = newest.items().isEmpty() ? 0 : newest.items().get(0).id();
		long minId = oldest.items().isEmpty() ? maxId : oldest.items().get(0).id();
		long claimed = newest.total().orElse((long) newest.items().size());
		long total = plausibleTotal(claimed, minId, maxId);
		IdRangePlan plan = new IdRangePlan(minId, maxId, total, pageSize);
		boolean counted = newest.total().isPresent();
		SyncProgress progress = new SyncProgress("Full sync of " + (counted ? total + " tickets" : "tickets"),
				plan::expectedPages, properties.progressInterval());
		RangeFetcher fetcher = new RangeFetcher(run, progress);
		fetcher.fetchAll(plan);
		progress.finish();
		log.info("{}", fetcher.costs().summary());
		if (counted && claimed == total && differs(claimed, progress.tickets(), pageSize)) {
			log.warn("GLPI counted {} tickets but its pages held {}: the plan followed the pages ({} ranges)", claimed,
					progress.tickets(), plan.issued());
		}
		long paged = System.nanoTime();

		// GLPI's count of the ids paged, asked while the changes since the start are
		// read: the reconciliation's first comparison then costs no round trip of its own
		long pagedUpTo = run.mirror.maxId();
		CompletableFuture<Optional<Long>> countAsked = pagedUpTo == 0 ? null
				: CompletableFuture.supplyAsync(() -> run.client.ticketCount(0, pagedUpTo));
		Instant catchUpStart = IncrementalTicketSync.catchUp(run, started.minus(properties.overlap()), properties,
				clock);
		long caughtUp = System.nanoTime();
		removeUnseen(run, guard, mirroredAtStart);
		long deleted = System.nanoTime();
		PurgeReconciler reconciler = new PurgeReconciler(properties, true);
		if (countAsked == null) {
			reconciler.reconcile(run, guard);
		}
		else {
			reconciler.reconcile(run, guard, pagedUpTo, join(countAsked));
		}
		log.info(
				"After paging: changes since the start read in {} ms, unseen tickets removed in {} ms, counts reconciled in {} ms",
				(caughtUp - paged) / 1_000_000, (deleted - caughtUp) / 1_000_000,
				(System.nanoTime() - deleted) / 1_000_000);
		return catchUpStart;
	}

	/**
	 * Ids are unique, so no more tickets than ids exist: a larger count is a claim to
	 * plan around.
	 */
	private static long plausibleTotal(long claimed, long minId, long maxId) {
		long span = maxId < minId ? 0 : maxId - minId + 1;
		if (claimed > span && span > 0) {
			log.warn("GLPI counts {} tickets but their ids span only {} (#{} to #{}): planning by the id span and by"
					+ " what the pages hold", claimed, span, minId, maxId);
			return span;
		}
		return claimed;
	}

	/**
	 * Tickets created or purged while paging move the count a little; more than that does
	 * not add up.
	 */
	private static boolean differs(long claimed, long read, int pageSize) {
		return Math.abs(claimed - read) > Math.max(pageSize, claimed / 100);
	}

	/**
	 * Removes the tickets this run did not see. Beyond the share the guard allows without
	 * proof, one fresh count asks GLPI to confirm: it does when it counts no more tickets
	 * than the run saw.
	 */
	private void removeUnseen(SyncRun run, PurgeGuard guard, long mirroredAtStart) {
		if (mirroredAtStart == 0) {
			// every row was written by this run (one sync at a time): no scan of the
			// whole table needed
			return;
		}
		long unseen = run.mirror.countNotSeenBy(run.runId);
		if (unseen == 0) {
			return;
		}
		long seen = run.mirror.count() - unseen;
		boolean confirmed = false;
		String counts = null;
		if (!guard.withinRatio(unseen) && seen > 0) {
			Optional<Long> glpiCount = run.client.oldestTicket().total();
			confirmed = glpiCount.isPresent() && glpiCount.get() <= seen;
			counts = glpiCount.map(n -> "GLPI counts " + n + " tickets, its pages showed " + seen)
				.orElse("GLPI sent no count (Content-Range), its pages showed " + seen + " tickets");
		}
		guard.approve(unseen, seen, confirmed, counts);
		int purged = run.mirror.deleteNotSeenBy(run.runId);
		log.info("Removed {} tickets that GLPI no longer shows (purged)", purged);
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (java.util.concurrent.CompletionException e) {
			throw e.getCause() instanceof RuntimeException re ? re : e;
		}
	}

}
