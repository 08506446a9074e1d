package io.glpiwallboard.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.testing.SimulatorConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health} and {@code /actuator/prometheus} without an access token,
 * against the product synced from the GLPI simulator: what a load balancer and a
 * Prometheus server see.
 */
// A context of its own: the health indicator probes the glpi.url bound at start-up,
// which the shared context (FullContextTest) leaves unset.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:actuator-open;DB_CLOSE_DELAY=-1",
				"wallboard.time-zone=Europe/Paris", "report.dir=target/actuator-open-reports" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorEndpointsTests {

	static final GlpiSimulator SIMULATOR = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(400).withSeed(5));

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SyncService sync;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void glpi(DynamicPropertyRegistry registry) {
		SimulatorConnection.register(registry, SIMULATOR);
	}

	@BeforeAll
	void syncOnce() {
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);
		assertThat(outcome.success()).as(outcome.message()).isTrue();
	}

	@AfterAll
	void stopSimulator() {
		SIMULATOR.close();
	}

	@Test
	void prometheusShowsTheBoardsFiguresAsLabelledGauges() throws Exception {
		// given
		JsonNode api = JSON.readTree(get("/api/wallboard").body());

		// when
		HttpResponse<String> scrape = get("/actuator/prometheus");

		// then
		assertThat(scrape.statusCode()).isEqualTo(200);
		String text = scrape.body();
		long open = api.get("open").get("total").asLong();
		assertThat(open).isPositive();
		assertThat(value(text, "wallboard_tickets_open")).isEqualTo(open);
		assertThat(value(text, "wallboard_tickets_opened_today")).isEqualTo(api.get("today").get("opened").asDouble());
		assertThat(value(text, "wallboard_tickets_solved_today")).isEqualTo(api.get("today").get("solved").asDouble());
		assertThat(sum(text, "wallboard_tickets_open_by_status")).isEqualTo(open);
		assertThat(sum(text, "wallboard_tickets_open_by_priority")).isEqualTo(open);
		assertThat(text).contains("wallboard_tickets_open_by_status{status=\"1\",status_name=\"New\"}");
		for (JsonNode entity : api.get("entities")) {
			String labels = "{entity=\"" + entity.get("completename").asString() + "\",entity_id=\""
					+ entity.get("id").asLong() + "\"}";
			assertThat(value(text, "wallboard_entity_tickets_open" + Pattern.quote(labels))).as(labels)
				.isEqualTo(entity.get("open").asDouble());
			assertThat(value(text, "wallboard_entity_tickets_open_recursive" + Pattern.quote(labels))).as(labels)
				.isEqualTo(entity.get("openIncludingChildren").asDouble());
		}
		assertThat(value(text, "wallboard_snapshot_timestamp_seconds")).isPositive();
		assertThat(value(text, "wallboard_sync_last_success_timestamp_seconds")).isPositive();
		assertThat(value(text, "wallboard_sync_last_glpi_requests")).isPositive();
		assertThat(value(text, "wallboard_sync_last_duration_seconds")).isPositive();
		assertThat(value(text, "wallboard_sync_last_tickets")).isEqualTo(SIMULATOR.data().ticketCount());
		assertThat(text).contains("http_server_requests_seconds_count{");
	}

	@Test
	void healthReportsGlpiTheLastSyncAndTheDiskWithoutWaitingForGlpi() throws Exception {
		// given: the first probe of GLPI runs in the background
		get("/actuator/health");
		JsonNode health = null;
		for (int i = 0; i < 100; i++) {
			health = JSON.readTree(get("/actuator/health").body());
			if (!health.at("/components/glpi/status").asString().equals("UNKNOWN")) {
				break;
			}
			Thread.sleep(100);
		}

		// then
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/glpi/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/glpi/details/reachable").asBoolean()).isTrue();
		assertThat(health.at("/components/glpi/details/answer").asString()).isEqualTo("HTTP 200");
		assertThat(health.at("/components/sync/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/sync/details/ageSeconds").asLong()).isBetween(0L, 600L);
		assertThat(health.at("/components/diskSpace/status").asString()).isEqualTo("UP");
		assertThat(health.toString()).doesNotContain(SIMULATOR.credentials().clientSecret())
			.doesNotContain(SIMULATOR.credentials().password());
	}

	@Test
	void onlyHealthAndPrometheusAreExposed() throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/configprops", "/actuator/heapdump", "/actuator/loggers" }) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	private static double value(String scrape, String series) {
		Matcher m = Pattern.compile("(?m)^" + series + "(?:\\{[^}]*\\})? ([-0-9.eE+NaN]+)$").matcher(scrape);
		assertThat(m.find()).as("series %s in the scrape", series).isTrue();
		return Double.parseDouble(m.group(1));
	}

	private static double sum(String scrape, String metric) {
		Matcher m = Pattern.compile("(?m)^" + metric + "\\{[^}]*\\} ([-0-9.eE+]+)$").matcher(scrape);
		double total = 0;
		while (m.find()) {
			total += Double.parseDouble(m.group(1));
		}
		return total;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
