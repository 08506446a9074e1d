package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EntityAndSessionTests {

	private static GlpiSimulator sim;

	private static SimClient client;

	private static String token;

	@BeforeAll
	static void start() {
		sim = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(100));
		client = new SimClient(sim);
		token = client.token();
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	private static List<Long> entityIds(String... headers) {
		List<Long> ids = new ArrayList<>();
		SimClient.json(client.get("/v2.2/Administration/Entity?limit=100&sort=id", token, headers))
			.forEach(e -> ids.add(e.get("id").asLong()));
		return ids;
	}

	@Test
	void entityListShowsActiveEntitiesAndTheirChildren() {
		// when
		List<Long> all = entityIds();
		List<Long> parisOnly = entityIds("GLPI-Entity", "1");
		List<Long> parisTree = entityIds("GLPI-Entity", "1", "GLPI-Entity-Recursive", "TRUE");
		List<Long> garbage = entityIds("GLPI-Entity", "abc");

		// then
		assertThat(all).hasSize(sim.data().entities().size());
		assertThat(parisOnly).containsExactly(1L, 2L, 3L);
		assertThat(parisTree).containsExactly(1L, 2L, 3L);
		assertThat(garbage).isEqualTo(all);
	}

	@Test
	void entityItemHasParentAndLevel() {
		// when
		JsonNode entity = SimClient.json(client.get("/v2.2/Administration/Entity/2", token));

		// then
		assertThat(entity.get("completename").asString()).isEqualTo("Root entity > Paris > IT Support");
		assertThat(entity.get("parent").toString()).isEqualTo("{\"id\":1,\"name\":\"Paris\"}");
		assertThat(entity.get("level").asInt()).isEqualTo(3);
	}

	@Test
	void sessionReportsTheActiveEntities() {
		// when
		JsonNode defaults = SimClient.json(client.get("/v2.2/session", token));
		JsonNode single = SimClient.json(client.get("/v2.2/session", token, "GLPI-Entity", "4"));

		// then
		assertThat(defaults.get("active_entities").size()).isEqualTo(sim.data().entities().size());
		assertThat(defaults.get("active_entity").get("recursive").asInt()).isEqualTo(1);
		assertThat(defaults.get("name").asString()).isEqualTo("glpi-sync");
		assertThat(defaults.get("current_time").asString()).matches(".*[+-]\\d\\d:\\d\\d$");
		assertThat(single.get("active_entities").toString()).isEqualTo("[4]");
		assertThat(single.get("active_entity").get("recursive").asInt()).isZero();
	}

	@Test
	void headRequestGivesHeadersWithoutBody() {
		// when
		HttpResponse<String> head = client
			.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v2.2/Assistance/Ticket?limit=1"))
				.header("Authorization", "Bearer " + token)
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build());

		// then
		assertThat(head.statusCode()).isEqualTo(206);
		assertThat(head.headers().firstValue("Content-Range")).hasValue("0-0/100");
		assertThat(head.body()).isEmpty();
	}

	@Test
	void revokeAllKillsAccessAndRefreshTokens() {
		// given
		JsonNode tokens = client.tokenResponse("api");

		// when
		sim.faults().revokeAll();
		HttpResponse<String> call = client.get("/v2.2/Assistance/Ticket?limit=1",
				tokens.get("access_token").asString());
		HttpResponse<String> refresh = client.postForm("/token",
				"grant_type=refresh_token&client_id=wallboard-demo" + "&client_secret=demo-secret&refresh_token="
						+ SimClient.encode(tokens.get("refresh_token").asString()));

		// then
		assertThat(call.statusCode()).isEqualTo(400);
		assertThat(SimClient.json(call).get("detail").asString()).isEqualTo("Access token has been revoked");
		assertThat(refresh.statusCode()).isEqualTo(400);
		assertThat(SimClient.json(refresh).get("hint").asString()).isEqualTo("Token has been revoked");
		token = client.token();
	}

}
