package io.glpiwallboard.monitoring;

import java.time.Clock;
import java.time.Duration;

import io.glpiwallboard.wallboard.LatestSnapshot;
import io.glpiwallboard.wallboard.Freshness;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The age of the last successful sync and the board's own verdict on it
 * ({@link Freshness}: the same rule that raises the TV's "stale data" banner). Stale data
 * is DEGRADED, not DOWN: the server still shows the last figures, with the banner. Read
 * through {@link LatestSnapshot}, which asks the database at most once a second however
 * often a load balancer polls.
 */
@Component("sync")
class SyncHealthIndicator implements HealthIndicator {

	private final LatestSnapshot board;

	private final Clock clock;

	SyncHealthIndicator(LatestSnapshot board, Clock clock) {
		this.board = board;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Freshness.Verdict verdict = board.current().verdict();
		Health.Builder health = verdict.stale() ? Health.status(Degraded.STATUS) : Health.up();
		if (verdict.lastSuccess() != null) {
			health.withDetail("lastSuccess", verdict.lastSuccess().toString())
				.withDetail("ageSeconds", Duration.between(verdict.lastSuccess(), clock.instant()).toSeconds());
		}
		if (verdict.stale()) {
			health.withDetail("reason", verdict.reason());
		}
		return health.build();
	}

}
