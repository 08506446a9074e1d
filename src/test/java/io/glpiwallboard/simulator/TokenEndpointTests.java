package io.glpiwallboard.simulator;

import io.glpiwallboard.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenEndpointTests {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));

	private static GlpiSimulator sim;

	private static SimClient client;

	@BeforeAll
	static void start() {
		sim = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(200).withClock(CLOCK));
		client = new SimClient(sim);
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	@Test
	void passwordGrantIssuesBearerTokensThatAreNotCached() {
		// when
		HttpResponse<String> response = client.postForm("/v2.2/token", client.passwordForm("api"));

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
		JsonNode body = SimClient.json(response);
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
		assertThat(body.get("access_token").asString()).isNotBlank();
		assertThat(body.get("refresh_token").asString()).isNotBlank();
	}

	@Test
	void wrongUserPasswordIsInvalidGrant() {
		// given
		String form = client.passwordForm("api").replace("demo-password", "nope");

		// when
		HttpResponse<String> response = client.postForm("/token", form);

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"The user credentials were incorrect.\"}");
	}

	@Test
	void wrongClientSecretIsInvalidClient401() {
		// when
		HttpResponse<String> response = client.postForm("/token",
				client.passwordForm("api").replace("demo-secret", "x"));

		// then
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(SimClient.json(response).get("error").asString()).isEqualTo("invalid_client");
		assertThat(SimClient.json(response).get("error_description").asString())
			.isEqualTo("Client authentication failed");
	}

	@Test
	void missingUsernameIsInvalidRequestWithHint() {
		// when
		HttpResponse<String> response = client.postForm("/token",
				"grant_type=password&client_id=wallboard-demo&client_secret=demo-secret&password=demo-password");

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = SimClient.json(response);
		assertThat(body.get("error").asString()).isEqualTo("invalid_request");
		assertThat(body.get("hint").asString()).isEqualTo("Check the `username` parameter");
	}

	@Test
	void jsonBodyIsReadOnlyWithExactContentType() {
		// given
		String json = "{\"grant_type\":\"password\",\"client_id\":\"wallboard-demo\",\"client_secret\":\"demo-secret\","
				+ "\"username\":\"glpi-sync\",\"password\":\"demo-password\",\"scope\":\"api\"}";

		// when
		HttpResponse<String> exact = client.postJson("/token", "application/json", json);
		HttpResponse<String> withCharset = client.postJson("/token", "application/json; charset=UTF-8", json);

		// then
		assertThat(exact.statusCode()).isEqualTo(200);
		assertThat(withCharset.statusCode()).isEqualTo(400);
		assertThat(SimClient.json(withCharset).get("error").asString()).isEqualTo("unsupported_grant_type");
		assertThat(SimClient.json(withCharset).get("hint").asString())
			.isEqualTo("Check that all required parameters have been provided");
	}

	@Test
	void refreshRotatesBothTokensAndRevokesTheOldAccessToken() {
		// given
		JsonNode first = client.tokenResponse("api");
		String oldAccess = first.get("access_token").asString();
		String oldRefresh = first.get("refresh_token").asString();
		String refreshForm = "grant_type=refresh_token&client_id=wallboard-demo&client_secret=demo-secret&refresh_token="
				+ SimClient.encode(oldRefresh);

		// when
		HttpResponse<String> refreshed = client.postForm("/token", refreshForm);
		HttpResponse<String> reuse = client.postForm("/token", refreshForm);
		HttpResponse<String> oldCall = client.get("/v2.2/Assistance/Ticket?limit=1", oldAccess);

		// then
		assertThat(refreshed.statusCode()).isEqualTo(200);
		String newAccess = SimClient.json(refreshed).get("access_token").asString();
		assertThat(newAccess).isNotEqualTo(oldAccess);
		assertThat(client.get("/v2.2/Assistance/Ticket?limit=1", newAccess).statusCode()).isEqualTo(206);
		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(SimClient.json(reuse).get("error_description").asString())
			.isEqualTo("The refresh token is invalid.");
		assertThat(SimClient.json(reuse).get("hint").asString()).isEqualTo("Token has been revoked");
		assertThat(oldCall.statusCode()).isEqualTo(400);
		assertThat(SimClient.json(oldCall).get("detail").asString()).isEqualTo("Access token has been revoked");
	}

	@Test
	void tokenWithoutApiScopeGets403() {
		// given
		String token = client.tokenResponse(null).get("access_token").asString();

		// when
		HttpResponse<String> response = client.get("/v2.2/Assistance/Ticket?limit=1", token);

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(SimClient.json(response).get("status").asString()).isEqualTo("ERROR_RIGHT_MISSING");
	}

	@Test
	void missingAuthorizationIs401AndGarbageTokenIs400() {
		// when
		HttpResponse<String> none = client.get("/v2.2/Assistance/Ticket", null);
		HttpResponse<String> garbage = client.get("/v2.2/Assistance/Ticket", "not-a-token");

		// then
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(SimClient.json(none).get("status").asString()).isEqualTo("ERROR_UNAUTHENTICATED");
		assertThat(garbage.statusCode()).isEqualTo(400);
		assertThat(garbage.body())
			.isEqualTo("{\"status\":\"ERROR_INVALID_PARAMETER\",\"title\":\"Invalid OAuth token\","
					+ "\"detail\":\"Access token could not be verified\"}");
	}

	@Test
	void tokenExpiresWhenTheClockPassesItsLifetime() {
		// given
		String token = client.token();
		assertThat(client.get("/session", token).statusCode()).isEqualTo(200);

		// when
		CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
		HttpResponse<String> response = client.get("/session", token);

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(SimClient.json(response).get("title").asString()).isEqualTo("Invalid OAuth token");
		assertThat(client.get("/session", client.token()).statusCode()).isEqualTo(200);
	}

	@Test
	void expireAllTokensInvalidatesIssuedTokens() {
		// given
		String token = client.token();

		// when
		sim.faults().expireAllTokens();

		// then
		assertThat(client.get("/Administration/Entity", token).statusCode()).isEqualTo(400);
		assertThat(sim.requests().tokenRequests()).isPositive();
	}

}
