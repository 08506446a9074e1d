package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiClientFactory;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.SnapshotService;
import io.glpiwallboard.system.StorageFailure;
import io.glpiwallboard.system.TimeZoneProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The work of each step of the sync job; {@link SyncJobConfiguration} wires them as tasklets. */
@Component
class SyncSteps {

	private static final Logger log = LoggerFactory.getLogger(SyncSteps.class);

	/** Keys of the job's execution context that the run history ({@code /runs}) reads. */
	static final String REQUESTS = "requests";

	static final String FAILURE = "failure";

	static final String PUBLISH_ERRORS = "publishErrors";

	static final String PUBLISH_FAILED = "publishFailed";

	private final GlpiClientFactory clients;

	private final ActiveSync active;

	private final TicketMirror tickets;

	private final EntityMirror entities;

	private final GroupMirror groups;

	private final SyncState state;

	private final SyncProperties syncProperties;

	private final TimeZoneProperties timeZone;

	private final SnapshotService snapshots;

	private final ObjectProvider<SnapshotPublisher> publishers;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SyncSteps(GlpiClientFactory clients, ActiveSync active, TicketMirror tickets, EntityMirror entities,
			GroupMirror groups, SyncState state, SyncProperties syncProperties, TimeZoneProperties timeZone, SnapshotService snapshots,
			ObjectProvider<SnapshotPublisher> publishers, JdbcTemplate jdbc, Clock clock) {
		this.clients = clients;
		this.active = active;
		this.tickets = tickets;
		this.entities = entities;
		this.groups = groups;
		this.state = state;
		this.syncProperties = syncProperties;
		this.timeZone = timeZone;
		this.snapshots = snapshots;
		this.publishers = publishers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void connect(ExecutionContext jobContext) {
		GlpiClient client = clients.create();
		try {
			client.connect();
		}
		finally {
			// a refused login still cost requests (version check, token), and /runs counts them
			jobContext.putLong(REQUESTS, client.requestCount());
		}
		long runId = jdbc.queryForObject("SELECT NEXT VALUE FOR sync_run_seq", Long.class);
		String zone = timeZone.zone().getId();
		if (!zone.equals(state.get(SyncState.DAY_ZONE).orElse(zone))) {
			log.info("wallboard.time-zone changed to {}: recomputing ticket days", zone);
			tickets.recomputeDays(timeZone.zone());
		}
		state.put(SyncState.DAY_ZONE, zone);
		active.start(new SyncRun(runId, client, timeZone.zone(), tickets, state.serverOffset().orElse(null)));
	}

	void entities() {
		SyncRun run = active.run();
		active.entitiesDenied(!new EntitySync(entities).run(run.client, run.runId));
	}

	void groups() {
		SyncRun run = active.run();
		active.groupsDenied(!new GroupSync(groups).run(run.client, run.runId));
	}

	void tickets(SyncMode mode, StepContribution contribution, ExecutionContext jobContext) {
		SyncRun run = active.run();
		long before = run.client.listRequestCount();
		long started = System.nanoTime();
		Optional<Instant> watermark = state.watermark();
		Instant next;
		if (mode == SyncMode.INCREMENTAL && watermark.isPresent()) {
			next = new IncrementalTicketSync(syncProperties, clock).run(run, watermark.get());
		}
		else {
			if (mode == SyncMode.INCREMENTAL) {
				log.info("No previous sync: doing a full sync first");
			}
			next = new FullTicketSync(syncProperties, clock).run(run);
		}
		if (active.entitiesDenied()) {
			new EntitySync(entities).deriveFromTickets(run.runId);
		}
		if (active.groupsDenied()) {
			new GroupSync(groups).deriveFromMembers(run.runId);
		}
		// only a completed ticket pass may move the watermark: a failed run is simply redone
		state.put(SyncState.WATERMARK, next.toString());
		if (run.serverOffset() != null) {
			state.put(SyncState.SERVER_OFFSET, run.serverOffset().getId());
		}
		long mirrored = tickets.count();
		contribution.incrementWriteCount(mirrored);
		jobContext.putLong("tickets", mirrored);
		jobContext.putLong("ticketRequests", run.client.listRequestCount() - before);
		log.info("Ticket sync ({}) took {} ms with {} list requests; the mirror holds {} tickets", mode,
				(System.nanoTime() - started) / 1_000_000, run.client.listRequestCount() - before, mirrored);
	}

	LocalDate snapshot() {
		Instant asOf = clock.instant();
		LocalDate day = snapshots.recordObserved(asOf);
		active.asOf(asOf);
		state.put(SyncState.LAST_SUCCESS, asOf.toString());
		state.remove(SyncState.LAST_FAILURE);
		state.remove(SyncState.LAST_FAILURE_REASON);
		return day;
	}

	/** Runs every publisher, even after one failed; then fails with all their reasons. */
	void publish(LocalDate day, SyncMode mode, boolean force, ExecutionContext jobContext) {
		List<String> failures = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		List<Exception> causes = new ArrayList<>();
		publishers.orderedStream().forEach(p -> {
			if (mode == SyncMode.INCREMENTAL && !p.afterRefresh()) {
				return;
			}
			try {
				p.publish(new SnapshotPublisher.Request(day, active.asOf(), mode == SyncMode.FULL, force));
			}
			catch (Exception e) {
				String reason = p.name() + ": "
						+ StorageFailure.find(e).map(f -> f.describe(null)).orElseGet(() -> PublishException.oneLine(e));
				log.error("Publishing failed: {}", reason);
				failures.add(reason);
				failed.add(p.name());
				causes.add(e);
			}
		});
		if (!failures.isEmpty()) {
			jobContext.putString(PUBLISH_ERRORS, String.join("; ", failures));
			jobContext.putString(PUBLISH_FAILED, String.join(", ", failed));
			PublishException failure = new PublishException(String.join("; ", failures));
			// kept for the exit code: a full disk is a storage failure (8), not a publishing one (6)
			causes.forEach(failure::addSuppressed);
			throw failure;
		}
	}

	/**
	 * Records what {@code /runs} shows of every run, failed ones included: the requests sent to
	 * GLPI and, on failure, the one line a person reads (never a Java class name).
	 */
	void finish(ExecutionContext jobContext, List<Throwable> failures) {
		if (active.isStarted()) {
			jobContext.putLong(REQUESTS, active.run().client.requestCount());
		}
		else if (!jobContext.containsKey(REQUESTS)) {
			jobContext.putLong(REQUESTS, 0);
		}
		if (!failures.isEmpty()) {
			jobContext.putString(FAILURE, SyncService.reason(failures.get(0)));
		}
		active.clear();
	}

}
