package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Instant;

import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.KeysetCursor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental sync: reads only tickets whose {@code date_mod} is at or after the
 * watermark minus the overlap, so its cost grows with the number of changed tickets, not
 * with the instance. Purged tickets never show up by {@code date_mod}; the count
 * reconciliation finds them.
 */
final class IncrementalTicketSync {

	private static final Logger log = LoggerFactory.getLogger(IncrementalTicketSync.class);

	private final SyncProperties properties;

	private final Clock clock;

	IncrementalTicketSync(SyncProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return the watermark for the next run
	 */
	Instant run(SyncRun run, Instant watermark) {
		PurgeGuard guard = new PurgeGuard(properties.maxPurgeRatio(), run.mirror.count());
		Instant next = catchUp(run, watermark.minus(properties.overlap()), properties, clock);
		new PurgeReconciler(properties, false).reconcile(run, guard);
		return next;
	}

	/**
	 * Reads every ticket modified since {@code from}.
	 * @return GLPI's time when this pass started: nothing modified after it was missed
	 */
	static Instant catchUp(SyncRun run, Instant from, SyncProperties properties, Clock clock) {
		Instant localStart = clock.instant();
		SyncProgress progress = new SyncProgress("Changes since " + from, 0, properties.progressInterval());
		KeysetCursor<GlpiTicket> pages = run.client.ticketsModifiedSince(from, run.serverOffset());
		GlpiPage<GlpiTicket> first = null;
		while (pages.hasNext()) {
			GlpiPage<GlpiTicket> page = pages.next();
			if (first == null) {
				first = page;
			}
			if (!page.items().isEmpty()) {
				run.store(page.items());
				progress.pageDone(page.items().size());
			}
		}
		log.info("Read {} tickets modified since {}", progress.tickets(), from);
		return first == null ? localStart : first.serverTime().orElse(localStart);
	}

}
