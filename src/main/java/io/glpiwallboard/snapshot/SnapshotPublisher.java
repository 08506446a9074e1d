package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something produced from a fresh snapshot at the end of a sync: the static board, the workbook,
 * the mails. A failing publisher does not stop the others; the run then ends in error.
 */
public interface SnapshotPublisher {

	/** Short name for logs and the run history, e.g. "workbook". */
	String name();

	/** Whether a {@code refresh} publishes too; otherwise only a full {@code run} does. */
	default boolean afterRefresh() {
		return false;
	}

	void publish(Request request) throws Exception;

	/**
	 * @param day the snapshot's calendar day
	 * @param asOf when the data was synced
	 * @param fullRun true for {@code run}, false for {@code refresh}
	 * @param force true when the admin asked to send again what was already sent today
	 */
	record Request(LocalDate day, Instant asOf, boolean fullRun, boolean force) {
	}

}
