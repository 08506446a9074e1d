package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Something produced from a fresh snapshot at the end of a sync: the static board, the
 * workbook, the mails. A failing publisher does not stop the others; the run then ends in
 * error.
 */
public interface SnapshotPublisher {

	/** Publishers in the order of their stages. */
	Comparator<SnapshotPublisher> IN_ORDER = Comparator.comparing(SnapshotPublisher::stage);

	/**
	 * When a publisher runs: in the order declared here, one stage after the other. What
	 * the TVs show comes first, so that a slow or failing file system or mail server
	 * never delays the board; the workbook comes before the mail that attaches it.
	 */
	enum Stage {

		/** The live board's figures, pages and charts. */
		BOARD,

		/** The static board's files. */
		STATIC_BOARD,

		/** The gauges monitoring reads. */
		METRICS,

		/** The workbooks. */
		WORKBOOK,

		/** The mails, which attach the workbooks. */
		MAIL

	}

	/** Short name for logs and the run history, e.g. "workbook". */
	String name();

	/** When this publisher runs among the others. */
	Stage stage();

	/**
	 * Whether a {@code refresh} publishes too; otherwise only a full {@code run} does.
	 */
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
