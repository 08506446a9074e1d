package io.glpiwallboard.sync;

import java.util.ArrayList;
import java.util.List;

import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.ListQuery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the mirror's ticket set equal GLPI's by comparing counts: one request when they agree;
 * otherwise it halves the id range where they differ until a range fits in one page, then
 * re-reads that range and drops what GLPI no longer has. Cost: about 2·log2(n/page) requests per
 * purged ticket, bounded by {@code sync.reconcile-budget}.
 */
final class PurgeReconciler {

	private static final Logger log = LoggerFactory.getLogger(PurgeReconciler.class);

	private final SyncProperties properties;

	private int budget;

	private int removed;

	PurgeReconciler(SyncProperties properties) {
		this.properties = properties;
	}

	/** @return tickets removed from the mirror */
	int reconcile(SyncRun run) {
		budget = properties.reconcileBudget();
		removed = 0;
		long maxId = run.mirror.maxId();
		if (maxId == 0 && run.mirror.count() == 0) {
			return 0;
		}
		compare(run, 0, maxId);
		if (removed > 0) {
			log.info("Reconciliation removed {} tickets purged in GLPI", removed);
		}
		if (budget <= 0 && budget != Integer.MIN_VALUE) {
			log.warn("Reconciliation stopped at its budget of {} requests; the next full sync ('run') completes it",
					properties.reconcileBudget());
		}
		return removed;
	}

	private void compare(SyncRun run, long lo, long hi) {
		if (budget <= 0) {
			return;
		}
		budget--;
		GlpiPage<GlpiTicket> probe = run.client.tickets(ListQuery.of(idRange(lo, hi), "id:asc", 1));
		if (probe.total().isEmpty()) {
			log.warn("GLPI sent no Content-Range total: purged tickets cannot be located by counting;"
					+ " a full sync ('run') removes them");
			budget = Integer.MAX_VALUE;
			return;
		}
		long theirs = probe.total().get();
		long ours = run.mirror.countInRange(lo, hi);
		if (theirs == ours) {
			return;
		}
		if (theirs >= 0 && theirs <= run.pageSize() || lo == hi) {
			reread(run, lo, hi);
			return;
		}
		long mid = lo + (hi - lo) / 2;
		compare(run, lo, mid);
		compare(run, mid + 1, hi);
	}

	private void reread(SyncRun run, long lo, long hi) {
		List<Long> present = new ArrayList<>();
		new KeysetPager(run.client, run.pageSize()).byId(idRange(lo, hi), page -> {
			budget--;
			run.store(page);
			page.forEach(t -> present.add(t.id()));
		});
		removed += run.mirror.deleteInRangeExcept(lo, hi, present);
	}

	private static String idRange(long lo, long hi) {
		return "id=ge=" + lo + ";id=le=" + hi;
	}

}
