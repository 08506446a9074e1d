package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 4: mirrors the tickets, fully or incrementally (a first run is always full), then
 * moves the watermark: only a completed ticket pass may move it, so a failed run is
 * simply redone.
 */
@Component
class TicketsStep implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(TicketsStep.class);

	private final ActiveRun active;

	private final TicketMirror tickets;

	private final EntitySync entities;

	private final GroupSync groups;

	private final SyncState state;

	private final SyncProperties properties;

	private final Clock clock;

	TicketsStep(ActiveRun active, TicketMirror tickets, EntitySync entities, GroupSync groups, SyncState state,
			SyncProperties properties, Clock clock) {
		this.active = active;
		this.tickets = tickets;
		this.entities = entities;
		this.groups = groups;
		this.state = state;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		SyncMode mode = SyncJob.mode(contribution);
		SyncRun run = active.run();
		long before = run.client.listRequestCount();
		long started = System.nanoTime();
		Optional<Instant> watermark = state.watermark();
		Instant next;
		if (mode == SyncMode.INCREMENTAL && watermark.isPresent()) {
			next = new IncrementalTicketSync(properties, clock).run(run, watermark.get());
		}
		else {
			if (mode == SyncMode.INCREMENTAL) {
				log.info("No previous sync: doing a full sync first");
			}
			next = new FullTicketSync(properties, clock).run(run);
		}
		if (active.entitiesDenied()) {
			entities.deriveFromTickets(run.runId);
		}
		if (active.groupsDenied()) {
			groups.deriveFromMembers(run.runId);
		}
		state.put(SyncState.WATERMARK, next.toString());
		if (run.serverOffset() != null) {
			state.put(SyncState.SERVER_OFFSET, run.serverOffset().getId());
		}
		long mirrored = tickets.count();
		contribution.incrementWriteCount(mirrored);
		ExecutionContext jobContext = SyncJob.jobContext(contribution);
		jobContext.putLong(SyncJob.TICKETS, mirrored);
		jobContext.putLong(SyncJob.TICKET_REQUESTS, run.client.listRequestCount() - before);
		log.info("Ticket sync ({}) took {} ms with {} list requests; the mirror holds {} tickets", mode,
				(System.nanoTime() - started) / 1_000_000, run.client.listRequestCount() - before, mirrored);
		return RepeatStatus.FINISHED;
	}

}
