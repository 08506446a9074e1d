package io.glpiwallboard.schedule;

import java.time.Clock;
import java.util.Optional;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.sync.ConnectionSettings;
import io.glpiwallboard.sync.SyncService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * What {@code serve} does once the web server is up, so that a new admin is never left
 * with a silent "No data yet": with incomplete GLPI settings it logs one warning naming
 * them (the board shows the same line); on a database without any snapshot it starts a
 * full sync at once, in the background, rather than waiting for the next firing (02:30,
 * or the next 10-minute slot).
 */
@Component
@ConditionalOnBooleanProperty("schedule.enabled")
class StartupSync {

	private static final Logger log = LoggerFactory.getLogger(StartupSync.class);

	private final ConnectionSettings connection;

	private final FiguresRepository figures;

	private final ScheduleProperties schedule;

	private final ScheduledSyncs syncs;

	private final TaskScheduler scheduler;

	private final Clock clock;

	StartupSync(ConnectionSettings connection, FiguresRepository figures, ScheduleProperties schedule, SyncService sync,
			TaskScheduler scheduler, Clock clock) {
		this.connection = connection;
		this.figures = figures;
		this.schedule = schedule;
		this.syncs = new ScheduledSyncs(sync);
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		Optional<String> problem = connection.problem();
		if (problem.isPresent()) {
			log.warn("{}; no sync can run until then", problem.get());
			return;
		}
		if (!schedule.startupSync() || figures.latestObserved().isPresent()) {
			return;
		}
		log.info("No snapshot yet: starting a full sync now instead of waiting for the schedule");
		// on the scheduler's (single) thread: a firing due meanwhile waits for it rather
		// than being skipped as busy
		scheduler.schedule(syncs::startup, clock.instant());
	}

}
