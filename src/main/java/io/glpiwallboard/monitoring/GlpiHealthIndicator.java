package io.glpiwallboard.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import io.glpiwallboard.glpi.GlpiProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether GLPI answers, from GLPI's public {@code GET /status/all} (no authentication, no
 * token spent: {@code CoreController::statusAllServices} in GLPI's
 * {@code src/Glpi/Api/HL/Controller/CoreController.php} has
 * {@code security_level: SECURITY_NONE}, and the route answers even when the API is
 * switched off). Any HTTP answer counts as reachable. The result is kept for
 * {@link #MAX_AGE} and refreshed in the background, so a load balancer polling every
 * second neither waits for GLPI nor loads it.
 */
@Component("glpi")
class GlpiHealthIndicator implements HealthIndicator {

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final GlpiProperties glpi;

	private final Clock clock;

	private final AtomicBoolean checking = new AtomicBoolean();

	private volatile Probe last;

	GlpiHealthIndicator(GlpiProperties glpi, Clock clock) {
		this.glpi = glpi;
		this.clock = clock;
	}

	/**
	 * @param reachable whether GLPI sent an HTTP answer
	 * @param detail the HTTP status, or why there was none (exception class and message)
	 */
	record Probe(boolean reachable, String detail, Instant at) {
	}

	@Override
	public Health health() {
		if (glpi.url() == null) {
			return Health.status(Degraded.STATUS)
				.withDetail("reachable", false)
				.withDetail("reason", "glpi.url is not set")
				.build();
		}
		Probe probe = last;
		if (probe == null || probe.at().plus(MAX_AGE).isBefore(clock.instant())) {
			refreshInBackground();
		}
		if (probe == null) {
			return Health.unknown().withDetail("reason", "first check of GLPI still running").build();
		}
		Health.Builder health = probe.reachable() ? Health.up() : Health.status(Degraded.STATUS);
		return health.withDetail("url", glpi.displayUrl())
			.withDetail("reachable", probe.reachable())
			.withDetail("answer", probe.detail())
			.withDetail("checkedAt", probe.at().toString())
			.build();
	}

	private void refreshInBackground() {
		if (!checking.compareAndSet(false, true)) {
			return;
		}
		Thread worker = new Thread(() -> {
			try {
				last = probe();
			}
			finally {
				checking.set(false);
			}
		}, "glpi-health");
		worker.setDaemon(true);
		worker.start();
	}

	/** One request, no retry: the question is whether GLPI answers now. */
	Probe probe() {
		// without user-info: a password in glpi.url must neither travel here nor show in
		// an error
		URI uri = URI.create(glpi.displayUrl() + "/" + glpi.apiVersion() + "/status/all");
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(glpi.connectTimeout().compareTo(TIMEOUT) < 0 ? glpi.connectTimeout() : TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		try {
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return new Probe(true, "HTTP " + response.statusCode(), clock.instant());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Probe(false, "interrupted", clock.instant());
		}
		catch (Exception e) {
			return new Probe(false,
					e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
					clock.instant());
		}
	}

}
