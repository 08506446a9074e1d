package io.glpiwallboard.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.glpiwallboard.sync.SyncJob;
import io.glpiwallboard.sync.SyncState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * How the syncs went, as gauges for alerting ("no successful sync for 2 hours"):
 * <ul>
 * <li>{@code wallboard_sync_last_success_timestamp_seconds},
 * {@code ..._last_failure_timestamp_seconds}: Unix time, NaN when none yet</li>
 * <li>{@code wallboard_sync_last_duration_seconds},
 * {@code wallboard_sync_last_glpi_requests}, {@code wallboard_sync_last_tickets}: of the
 * last finished sync (HTTP requests sent to GLPI, tickets in the mirror after it)</li>
 * </ul>
 * Read from the sync's own records (sync state and Spring Batch's job repository), at
 * most every {@link #TTL} whatever the scrape interval. Requests served by the board
 * itself are Spring Boot's {@code http_server_requests_seconds}.
 */
@Component
class SyncGauges {

	static final Duration TTL = Duration.ofSeconds(5);

	/** Spring Batch's name of the sync job ({@code sync.SyncJobConfiguration}). */
	static final String JOB_NAME = SyncJob.NAME;

	private final SyncState state;

	private final JobRepository jobs;

	private volatile Reading reading;

	SyncGauges(SyncState state, JobRepository jobs, MeterRegistry registry) {
		this.state = state;
		this.jobs = jobs;
		gauge(registry, "wallboard.sync.last.success.timestamp", "seconds",
				"When the last successful sync ended, Unix time", r -> seconds(r.lastSuccess()));
		gauge(registry, "wallboard.sync.last.failure.timestamp", "seconds",
				"When the last failed sync ended, Unix time", r -> seconds(r.lastFailure()));
		gauge(registry, "wallboard.sync.last.duration", "seconds", "How long the last finished sync took",
				r -> r.lastDuration() == null ? Double.NaN : r.lastDuration().toMillis() / 1000.0);
		gauge(registry, "wallboard.sync.last.glpi.requests", null, "HTTP requests the last finished sync sent to GLPI",
				r -> r.requests() == null ? Double.NaN : r.requests());
		gauge(registry, "wallboard.sync.last.tickets", null, "Tickets in the mirror after the last finished sync",
				r -> r.tickets() == null ? Double.NaN : r.tickets());
	}

	record Reading(Instant lastSuccess, Instant lastFailure, Duration lastDuration, Long requests, Long tickets,
			long readAtNanos) {
	}

	private void gauge(MeterRegistry registry, String name, String unit, String description,
			ToDoubleFunction<Reading> value) {
		Gauge.builder(name, this, g -> value.applyAsDouble(g.reading()))
			.description(description)
			.baseUnit(unit)
			.register(registry);
	}

	Reading reading() {
		Reading r = reading;
		if (r != null && System.nanoTime() - r.readAtNanos() < TTL.toNanos()) {
			return r;
		}
		Optional<JobExecution> last = jobs.getJobInstances(JOB_NAME, 0, 5)
			.stream()
			.flatMap(i -> jobs.getJobExecutions(i).stream())
			.filter(e -> e.getEndTime() != null && e.getStartTime() != null)
			.max(Comparator.comparingLong(JobExecution::getId));
		r = new Reading(state.instant(SyncState.LAST_SUCCESS).orElse(null),
				state.instant(SyncState.LAST_FAILURE).orElse(null),
				last.map(e -> Duration.between(e.getStartTime(), e.getEndTime())).orElse(null),
				last.map(e -> e.getExecutionContext().getLong(SyncJob.REQUESTS, -1L)).filter(n -> n >= 0).orElse(null),
				last.map(e -> e.getExecutionContext().getLong(SyncJob.TICKETS, -1L)).filter(n -> n >= 0).orElse(null),
				System.nanoTime());
		reading = r;
		return r;
	}

	private static double seconds(Instant t) {
		return t == null ? Double.NaN : t.toEpochMilli() / 1000.0;
	}

}
