package io.glpiwallboard.schedule;

import io.glpiwallboard.sync.SyncBusyException;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the in-app schedule starts (and the start-up sync of an empty database). A run
 * that is due while another is still going is skipped with one line: it would only repeat
 * the same work, and the next firing comes soon.
 */
class ScheduledSyncs {

	private static final Logger log = LoggerFactory.getLogger(ScheduledSyncs.class);

	private final SyncService sync;

	ScheduledSyncs(SyncService sync) {
		this.sync = sync;
	}

	void nightly() {
		start(SyncMode.FULL, "nightly run");
	}

	void refresh() {
		start(SyncMode.INCREMENTAL, "refresh");
	}

	void startup() {
		start(SyncMode.FULL, "start-up sync");
	}

	private void start(SyncMode mode, String what) {
		try {
			SyncOutcome outcome = sync.run(mode, false);
			if (!outcome.success()) {
				// the reason is also in the run history and on the board's staleness
				// banner
				log.warn("Scheduled {} failed: {}", what, outcome.message());
			}
		}
		catch (SyncBusyException busy) {
			log.info("Scheduled {} skipped: {}", what, busy.getMessage());
		}
		catch (RuntimeException e) {
			// never let an exception reach the scheduler thread: the next firing must
			// still happen
			log.error("Scheduled {} failed unexpectedly: {}", what, e.toString());
		}
	}

}
