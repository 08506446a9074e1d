package io.glpiwallboard.monitoring;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import io.glpiwallboard.glpi.GlpiProperties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class GlpiHealthIndicatorTests {

	@Test
	void glpiAnsweringStatusAllIsUpAndTheCheckNeverCarriesCredentials() throws Exception {
		// given: a GLPI answering its public status route
		HttpServer glpi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String[] seen = new String[2];
		glpi.createContext("/", exchange -> {
			seen[0] = exchange.getRequestURI().getPath();
			seen[1] = exchange.getRequestHeaders().getFirst("Authorization");
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		glpi.start();
		try {
			GlpiHealthIndicator indicator = indicator(
					"http://svc:pa55word@127.0.0.1:" + glpi.getAddress().getPort() + "/api.php");

			// when
			Health health = settled(indicator);

			// then
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("reachable", true).containsEntry("answer", "HTTP 200");
			assertThat(seen[0]).isEqualTo("/api.php/v2.2/status/all");
			assertThat(seen[1]).isNull();
			assertThat(health.getDetails().toString()).doesNotContain("pa55word");
		}
		finally {
			glpi.stop(0);
		}
	}

	@Test
	void unreachableGlpiIsDegradedNotDownSoTheBoardStaysInService() throws Exception {
		// given: a port nobody listens on
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		GlpiHealthIndicator indicator = indicator("http://127.0.0.1:" + port + "/api.php");

		// when
		Health health = settled(indicator);

		// then
		assertThat(health.getStatus()).isEqualTo(Degraded.STATUS);
		assertThat(health.getDetails()).containsEntry("reachable", false);
		assertThat((String) health.getDetails().get("answer")).contains("ConnectException");
	}

	@Test
	void withoutGlpiSettingsTheReasonIsGiven() {
		assertThat(indicator(null).health().getDetails()).containsEntry("reason", "glpi.url is not set");
	}

	private static GlpiHealthIndicator indicator(String url) {
		GlpiProperties properties = new GlpiProperties(url == null ? null : URI.create(url), "id", "secret", "user",
				"pw", "v2.2", 500, 4, null, Duration.ofSeconds(2), Duration.ofSeconds(5),
				new GlpiProperties.Retry(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)));
		return new GlpiHealthIndicator(properties, Clock.systemUTC());
	}

	/** The first answer comes from a background check: poll until it has run. */
	private static Health settled(GlpiHealthIndicator indicator) throws InterruptedException {
		Health health = indicator.health();
		for (int i = 0; i < 200 && health.getStatus().equals(Status.UNKNOWN); i++) {
			Thread.sleep(50);
			health = indicator.health();
		}
		return health;
	}

}
