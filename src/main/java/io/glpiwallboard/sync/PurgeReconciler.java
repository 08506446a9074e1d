package io.glpiwallboard.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.KeysetCursor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the mirror's ticket set equal GLPI's by comparing counts: one request when they
 * agree; otherwise it halves the id range where they differ until a range fits in one
 * page, then re-reads that range and drops what GLPI no longer has. Cost: about
 * 2·log2(n/page) requests per purged ticket, bounded by {@code sync.reconcile-budget}.
 * The removals are made at the end, all at once, after the run's {@link PurgeGuard}
 * approved them: a refused reconciliation removes nothing.
 */
final class PurgeReconciler {

	private static final Logger log = LoggerFactory.getLogger(PurgeReconciler.class);

	private final SyncProperties properties;

	private int budget;

	private int removed;

	/**
	 * Re-read ranges and the ids GLPI still has in each, removed once all are known and
	 * approved.
	 */
	private record Removal(long fromId, long toId, List<Long> present, long count) {
	}

	private final List<Removal> removals = new ArrayList<>();

	/**
	 * False once a re-read range held a number of rows other than GLPI's count for it.
	 */
	private boolean countsAgree;

	/**
	 * True in a full sync, which removes what its pages did not hold before reconciling.
	 */
	private final boolean fullSync;

	/**
	 * @param fullSync true when called by a full sync, for messages
	 */
	PurgeReconciler(SyncProperties properties, boolean fullSync) {
		this.fullSync = fullSync;
		this.properties = properties;
	}

	/**
	 * @return tickets removed from the mirror
	 * @throws io.glpiwallboard.glpi.GlpiProtocolException when {@code guard} refuses the
	 * removals (none made)
	 */
	int reconcile(SyncRun run, PurgeGuard guard) {
		return reconcile(run, guard, null);
	}

	/**
	 * As {@link #reconcile(SyncRun, PurgeGuard)}, with GLPI's count of the ids up to
	 * {@code askedUpTo} already asked (while the run was doing something else): the first
	 * comparison then costs no round trip of its own. A count asked a little earlier is
	 * as good as a fresh one: where it differs from the mirror, the ranges are counted
	 * again and re-read before anything is removed.
	 * @param askedUpTo the highest id the count covers (from id 0)
	 * @param counted GLPI's count of those ids, empty when it sent none
	 * @return tickets removed from the mirror
	 * @throws io.glpiwallboard.glpi.GlpiProtocolException when {@code guard} refuses the
	 * removals (none made)
	 */
	int reconcile(SyncRun run, PurgeGuard guard, long askedUpTo, Optional<Long> counted) {
		return reconcile(run, guard, new Asked(askedUpTo, counted));
	}

	/** GLPI's count of the ids 0 to {@code upTo}, asked beforehand. */
	private record Asked(long upTo, Optional<Long> count) {
	}

	private int reconcile(SyncRun run, PurgeGuard guard, Asked asked) {
		budget = properties.reconcileBudget();
		removed = 0;
		removals.clear();
		countsAgree = true;
		long maxId = run.mirror.maxId();
		if (maxId == 0 && run.mirror.count() == 0) {
			return 0;
		}
		if (asked == null) {
			compare(run, 0, maxId, maxId, null);
		}
		else {
			compare(run, 0, asked.upTo(), maxId, asked.count());
			if (maxId > asked.upTo()) {
				compare(run, asked.upTo() + 1, maxId, maxId, null);
			}
		}
		long removing = removals.stream().mapToLong(Removal::count).sum();
		if (removing > 0) {
			guard.approve(removing, run.mirror.count() - removing, countsAgree,
					countsAgree ? "in each id range re-read, GLPI's pages held as many tickets as its count"
							: "in some id ranges re-read, GLPI's pages held another number of tickets than its count");
			removals.forEach(r -> removed += run.mirror.deleteInRangeExcept(r.fromId(), r.toId(), r.present()));
		}
		if (removed > 0) {
			log.info("Reconciliation removed {} tickets purged in GLPI", removed);
		}
		if (budget <= 0 && budget != Integer.MIN_VALUE) {
			log.warn("Reconciliation stopped at its budget of {} requests; the next full sync ('run') completes it",
					properties.reconcileBudget());
		}
		return removed;
	}

	/**
	 * @param asked GLPI's count of [lo, hi] when already asked, else null (asked here)
	 */
	private void compare(SyncRun run, long lo, long hi, long mirrorMaxId, Optional<Long> asked) {
		if (budget <= 0) {
			return;
		}
		budget--;
		Optional<Long> counted = asked != null ? asked : run.client.ticketCount(lo, hi);
		if (counted.isEmpty()) {
			log.warn("GLPI sent no Content-Range total: purged tickets cannot be located by counting; {}", fullSync
					? "this full sync removed those its pages no longer held, the next one removes any purged meanwhile"
					: "a full sync ('run') removes them");
			budget = Integer.MAX_VALUE;
			return;
		}
		long theirs = counted.get();
		// a range holding the whole mirror is counted without a scan (H2 knows a table's
		// row count)
		long ours = lo <= 0 && hi >= mirrorMaxId ? run.mirror.count() : run.mirror.countInRange(lo, hi);
		if (theirs == ours) {
			return;
		}
		if (theirs >= 0 && theirs <= run.pageSize() || lo == hi) {
			reread(run, lo, hi, theirs);
			return;
		}
		long mid = lo + (hi - lo) / 2;
		compare(run, lo, mid, mirrorMaxId, null);
		compare(run, mid + 1, hi, mirrorMaxId, null);
	}

	private void reread(SyncRun run, long lo, long hi, long theirs) {
		List<Long> present = new ArrayList<>();
		KeysetCursor<GlpiTicket> pages = run.client.ticketsInRange(lo, hi);
		while (pages.hasNext()) {
			List<GlpiTicket> page = pages.next().items();
			if (page.isEmpty()) {
				continue;
			}
			budget--;
			run.store(page);
			page.forEach(t -> present.add(t.id()));
		}
		if (present.size() != theirs) {
			countsAgree = false;
		}
		// every id GLPI sent is now in the mirror (and in the range: KeysetCheck), so the
		// rest goes
		long count = run.mirror.countInRange(lo, hi) - present.size();
		if (count > 0) {
			removals.add(new Removal(lo, hi, present, count));
		}
	}

}
