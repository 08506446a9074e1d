package io.glpiwallboard.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code wallboard.access-token} set, the actuator needs it like the board does,
 * except the bare status of {@code /actuator/health} for load balancers. No GLPI is
 * configured and no sync has run: the server is up but DEGRADED, which still answers 200.
 */
// A context of its own: wallboard.access-token is bound at start-up.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:actuator-token;DB_CLOSE_DELAY=-1",
				"wallboard.access-token=m0n-Tok", "report.dir=target/actuator-token-reports" })
class ActuatorAccessTokenTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aLoadBalancerGetsTheBareStatusWithoutAToken() throws Exception {
		// when
		HttpResponse<String> health = get("/actuator/health", null);

		// then
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"DEGRADED\"").doesNotContain("components", "details", "glpi");
		assertThat(get("/actuator/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get("/actuator/health/liveness", null).body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void theTokenShowsTheDetailsAsQueryParameterOrBearerHeader() throws Exception {
		for (HttpResponse<String> health : new HttpResponse[] { get("/actuator/health?token=m0n-Tok", null),
				get("/actuator/health", "Bearer m0n-Tok") }) {
			assertThat(health.statusCode()).isEqualTo(200);
			JsonNode components = JsonMapper.builder().build().readTree(health.body()).get("components");
			assertThat(components.at("/glpi/details/reason").asString()).isEqualTo("glpi.url is not set");
			assertThat(components.at("/sync/status").asString()).isEqualTo("DEGRADED");
			assertThat(components.at("/sync/details/reason").asString()).as("why the data is not fresh").isNotBlank();
			assertThat(components.at("/diskSpace/status").asString()).isEqualTo("UP");
		}
	}

	@Test
	void aWrongTokenIsRefusedEvenForTheBareStatus() throws Exception {
		assertThat(get("/actuator/health?token=guess", null).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/health", "Bearer guess").statusCode()).isEqualTo(403);
	}

	@Test
	void prometheusAndEverythingElseUnderActuatorNeedTheToken() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator", "/actuator/health/glpi",
				"/actuator/env" }) {
			HttpResponse<String> missing = get(path, null);
			assertThat(missing.statusCode()).as(path).isEqualTo(401);
			assertThat(missing.body()).doesNotContain("m0n-Tok");
			assertThat(get(path, "Bearer wrong").statusCode()).as(path).isEqualTo(403);
		}
		HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer m0n-Tok");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("wallboard_sync_last_success_timestamp_seconds NaN",
				"wallboard_tickets_open NaN");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
