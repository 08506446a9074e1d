package io.glpiwallboard.sync;

import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiClientFactory;
import io.glpiwallboard.system.TimeZoneProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Step 1: connects to GLPI (version check, login), stamps the run, and recomputes the
 * tickets' days when {@code wallboard.time-zone} changed since the last run.
 */
@Component
class ConnectStep implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ConnectStep.class);

	private final GlpiClientFactory clients;

	private final ActiveRun active;

	private final TicketMirror tickets;

	private final SyncState state;

	private final TimeZoneProperties timeZone;

	private final JdbcTemplate jdbc;

	ConnectStep(GlpiClientFactory clients, ActiveRun active, TicketMirror tickets, SyncState state,
			TimeZoneProperties timeZone, JdbcTemplate jdbc) {
		this.clients = clients;
		this.active = active;
		this.tickets = tickets;
		this.state = state;
		this.timeZone = timeZone;
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		GlpiClient client = clients.create();
		try {
			client.connect();
		}
		finally {
			// a refused login still cost requests (version check, token), and /runs
			// counts them
			SyncJob.jobContext(contribution).putLong(SyncJob.REQUESTS, client.requestCount());
		}
		long runId = jdbc.queryForObject("SELECT NEXT VALUE FOR sync_run_seq", Long.class);
		String zone = timeZone.zone().getId();
		if (!zone.equals(state.get(SyncState.DAY_ZONE).orElse(zone))) {
			log.info("wallboard.time-zone changed to {}: recomputing ticket days", zone);
			tickets.recomputeDays(timeZone.zone());
		}
		state.put(SyncState.DAY_ZONE, zone);
		active.start(new SyncRun(runId, client, timeZone.zone(), tickets, state.serverOffset().orElse(null)));
		return RepeatStatus.FINISHED;
	}

}
