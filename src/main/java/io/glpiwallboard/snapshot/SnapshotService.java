package io.glpiwallboard.snapshot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.glpiwallboard.system.TimeZoneProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records today's observed snapshot and refreshes the reconstructed history around it.
 */
@Service
public class SnapshotService {

	private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);

	private final SnapshotWriter writer;

	private final HistoryReconstructor reconstructor;

	private final SnapshotProperties properties;

	private final TimeZoneProperties timeZone;

	private final Clock clock;

	private final TransactionTemplate tx;

	SnapshotService(SnapshotWriter writer, HistoryReconstructor reconstructor, SnapshotProperties properties,
			TimeZoneProperties timeZone, Clock clock, TransactionTemplate tx) {
		this.writer = writer;
		this.reconstructor = reconstructor;
		this.properties = properties;
		this.timeZone = timeZone;
		this.clock = clock;
		this.tx = tx;
	}

	/**
	 * @return the calendar day (in {@code wallboard.time-zone}) the snapshot was recorded
	 * for
	 */
	public LocalDate recordObserved(Instant asOf) {
		long started = System.nanoTime();
		LocalDate today = asOf.atZone(timeZone.zone()).toLocalDate();
		long[] observedMs = new long[1];
		// one transaction: readers (the board caches per snapshot) must never see today's
		// new figures
		// with yesterday's history, nor a first snapshot without its reconstructed trend
		tx.executeWithoutResult(status -> {
			writer.writeObserved(today, asOf);
			observedMs[0] = (System.nanoTime() - started) / 1_000_000;
			reconstructor.reconstruct(today.minusDays(properties.historyDays() - 1L), today.minusDays(1),
					clock.instant());
		});
		log.info("Snapshot of {} recorded in {} ms (history of {} days refreshed in {} ms)", today, observedMs[0],
				properties.historyDays(), (System.nanoTime() - started) / 1_000_000 - observedMs[0]);
		return today;
	}

}
