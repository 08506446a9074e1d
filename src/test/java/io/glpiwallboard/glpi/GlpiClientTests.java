package io.glpiwallboard.glpi;

import io.glpiwallboard.testing.MutableClock;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.glpiwallboard.glpi.GlpiStubs.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GlpiClientTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private GlpiClient client;

	@BeforeEach
	void setUp() {
		client = new GlpiClient(GlpiStubs.properties(wm.baseUrl()), Clock.systemUTC());
	}

	@Test
	void refusesAPinnedVersionTheServerDoesNotOffer() {
		// given: GLPI silently serves its newest version for an unknown one, so only
		// /api.php/ tells
		GlpiStubs.versions(wm, "1.0.0", "2.0.0", "2.1.0");

		// when / then
		assertThatThrownBy(client::connect).isInstanceOf(GlpiConfigurationException.class)
			.hasMessageContaining("does not offer API v2.2")
			.hasMessageContaining("2.0.0, 2.1.0");
	}

	@Test
	void connectsWithThePasswordGrantAndScopeApi() {
		// given
		GlpiStubs.versions(wm, "2.0.0", "2.1.0", "2.2.0");
		GlpiStubs.token(wm, "tok1", 3600);

		// when
		client.connect();

		// then
		wm.verify(postRequestedFor(urlEqualTo("/api.php/token"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withRequestBody(containing("grant_type=password"))
			.withRequestBody(containing("scope=api"))
			.withRequestBody(containing("username=svc"))
			.withRequestBody(containing("client_id=wallboard")));
	}

	@Test
	void everyListRequestSendsSortAndLimitAndReadsTheQuirkyContentRange() {
		// given
		GlpiStubs.token(wm, "tok1", 3600);
		GlpiStubs.tickets(wm, "[]", "0--1/0");

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of("status.id=in=(1,2)", "id:asc", 2));

		// then
		assertThat(page.items()).isEmpty();
		assertThat(page.total()).contains(0L);
		assertThat(page.isLast(0, 2)).isTrue();
		wm.verify(getRequestedFor(urlPathEqualTo(TICKETS)).withQueryParam("sort", equalTo("id:asc"))
			.withQueryParam("limit", equalTo("2"))
			.withQueryParam("start", equalTo("0"))
			.withQueryParam("filter", equalTo("status.id=in=(1,2)"))
			.withHeader("Authorization", equalTo("Bearer tok1"))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void keepsUnknownStatusesPriority6AndNullReferencesAndIgnoresUnknownFields() {
		// given
		GlpiStubs.token(wm, "tok1", 3600);
		String approval = GlpiStubs.ticket(7, 10)
			.replace("\"priority\":3", "\"priority\":6,\"costs\":[{\"id\":2}],\"brand_new_field\":{\"x\":1}");
		String noEntity = "{\"id\":8,\"name\":\"<script>alert(1)</script>\",\"status\":{\"id\":42},\"entity\":null,\"date\":null}";
		GlpiStubs.tickets(wm, "[" + approval + "," + noEntity + "]", "0-1/2");

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		GlpiTicket first = page.items().get(0);
		assertThat(first.statusId()).isEqualTo(10);
		assertThat(first.priority()).isEqualTo(6);
		assertThat(first.date()).isEqualTo(OffsetDateTime.parse("2026-11-27T09:15:00+01:00"));
		assertThat(first.category()).isNull();
		GlpiTicket second = page.items().get(1);
		assertThat(second.statusId()).isEqualTo(42);
		assertThat(second.entity()).isNull();
		assertThat(second.isDeleted()).isFalse();
		assertThat(second.name()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void toleratesScalarShapesOtherImplementationsSend() {
		// given: a bare status code, a bare entity id, 0/1 booleans, an id as a string
		GlpiStubs.token(wm, "tok1", 3600);
		String odd = "{\"id\":\"12\",\"name\":\"x\",\"is_deleted\":1,\"status\":4,\"entity\":3,\"category\":7,"
				+ "\"priority\":null,\"date\":\"2026-11-27T09:15:00Z\"}";
		GlpiStubs.tickets(wm, "[" + odd + "]", "0-0/1");

		// when
		GlpiTicket ticket = client.tickets(ListQuery.of(null, "id:asc", 2)).items().get(0);

		// then
		assertThat(ticket.id()).isEqualTo(12);
		assertThat(ticket.isDeleted()).isTrue();
		assertThat(ticket.statusId()).isEqualTo(4);
		assertThat(ticket.entity().id()).isEqualTo(3);
		assertThat(ticket.category().id()).isEqualTo(7);
		assertThat(ticket.priority()).isNull();
	}

	@Test
	void logsInAgainOnceWhenGlpiAnswers400InvalidOAuthToken() {
		// given: the first token is refused (GLPI says 400, not 401, for an expired
		// token)
		GlpiStubs.token(wm, "tok1", 3600);
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("expiry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(400).withBody(GlpiStubs.error400InvalidToken()))
			.willSetStateTo("renewed"));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("expiry")
			.whenScenarioStateIs("renewed")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Range", "0-0/1")
				.withBody("[" + GlpiStubs.ticket(1, 1) + "]")));

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(page.items()).hasSize(1);
		wm.verify(2, postRequestedFor(urlEqualTo("/api.php/token")).withRequestBody(containing("grant_type=password")));
	}

	@Test
	void givesUpWhenEvenAFreshTokenIsRefused() {
		// given
		GlpiStubs.token(wm, "tok1", 3600);
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(401)
			.withBody("{\"title\":\"You are not authenticated\",\"status\":\"ERROR_UNAUTHENTICATED\"}")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiAuthenticationException.class)
			.hasMessageContaining("freshly issued access token");
		wm.verify(2, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void usesTheRefreshGrantNearExpiryAndKeepsTheRotatedRefreshToken() {
		// given: a clock we move past each token's renewal time (a minute before
		// expires_in)
		MutableClock clock = new MutableClock();
		GlpiClient timed = new GlpiClient(GlpiStubs.properties(wm.baseUrl()), clock);
		wm.stubFor(post(urlEqualTo("/api.php/token")).withRequestBody(containing("grant_type=password"))
			.willReturn(GlpiStubsResponses.token("first", "r1", 3600)));
		wm.stubFor(post(urlEqualTo("/api.php/token")).withRequestBody(containing("refresh_token=r1"))
			.willReturn(GlpiStubsResponses.token("second", "r2", 3600)));
		wm.stubFor(post(urlEqualTo("/api.php/token")).withRequestBody(containing("refresh_token=r2"))
			.willReturn(GlpiStubsResponses.token("third", "r3", 3600)));
		GlpiStubs.tickets(wm, "[]", "0--1/0");

		// when
		for (int i = 0; i < 3; i++) {
			timed.tickets(ListQuery.of(null, "id:asc", 2));
			clock.advanceSeconds(3541);
		}

		// then
		wm.verify(getRequestedFor(urlPathEqualTo(TICKETS)).withHeader("Authorization", equalTo("Bearer third")));
		wm.verify(1, postRequestedFor(urlEqualTo("/api.php/token")).withRequestBody(containing("grant_type=password")));
		wm.verify(2,
				postRequestedFor(urlEqualTo("/api.php/token")).withRequestBody(containing("grant_type=refresh_token")));
	}

	@Test
	void cachesTheTokenUntilItIsDue() {
		// given
		GlpiStubs.token(wm, "tok1", 3600);
		GlpiStubs.tickets(wm, "[]", "0--1/0");

		// when
		for (int i = 0; i < 5; i++) {
			client.tickets(ListQuery.of(null, "id:asc", 2));
		}

		// then
		wm.verify(1, postRequestedFor(urlEqualTo("/api.php/token")));
	}

	@Test
	void namesRejectedCredentialsWithoutPrintingThem() {
		// given
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(aResponse().withStatus(400)
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The user credentials were incorrect.\"}")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiAuthenticationException.class)
			.hasMessageStartingWith("GLPI rejected the credentials (invalid_grant)")
			.hasMessageNotContaining("p4ssw0rd-user")
			.hasMessageNotContaining("s3cr3t-client");
	}

	@Test
	void namesARejectedOAuthClient() {
		// given
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2))).hasMessageContaining("invalid_client")
			.hasMessageContaining("glpi.client-id");
	}

	@Test
	void explainsA403() {
		// given: a token without the api scope is accepted by /token and refused
		// everywhere else
		GlpiStubs.token(wm, "tok1", 3600);
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(403)
			.withBody(
					"{\"status\":\"ERROR_RIGHT_MISSING\",\"title\":\"You don't have permission to perform this action.\",\"detail\":null}")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiAccessDeniedException.class)
			.hasMessageContaining("403")
			.hasMessageContaining("'api' scope");
	}

	@Test
	void retriesServerErrorsAndConnectionResets() {
		// given: a 503, then a reset connection, then the page
		GlpiStubs.token(wm, "tok1", 3600);
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("reset"));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("flaky")
			.whenScenarioStateIs("reset")
			.willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("ok"));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("flaky")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Range", "0-0/1")
				.withBody("[" + GlpiStubs.ticket(5, 2) + "]")));

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(page.items()).extracting(GlpiTicket::id).containsExactly(5L);
		wm.verify(3, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void stopsRetryingAfterTheConfiguredAttempts() {
		// given
		GlpiStubs.token(wm, "tok1", 3600);
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(500)
			.withBody(
					"{\"status\":\"ERROR\",\"title\":\"An internal error occurred while trying to fetch the data.\"}")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiUnreachableException.class)
			.hasMessageContaining("HTTP 500 after 3 attempts");
		wm.verify(3, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void namesTheKeysetPositionOfAFailedRequest() {
		// given: keyset paging always asks from offset 0; only the filter tells the
		// requests apart
		GlpiStubs.token(wm, "tok1", 3600);
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(500)));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of("id=ge=1000;id=lt=2000;id=gt=1234", "id:asc", 500)))
			.hasMessage(
					"GLPI kept failing for GET /Assistance/Ticket (filter id=ge=1000;id=lt=2000;id=gt=1234, sort id:asc,"
							+ " limit 500) (HTTP 500 after 3 attempts)");
	}

	@Test
	void reportsAMalformedPageAfterAskingTwice() {
		// given
		GlpiStubs.token(wm, "tok1", 3600);
		GlpiStubs.tickets(wm, "{\"not\":\"a list\"}", "0-0/1");

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("malformed page")
			.hasMessageContaining("expected a JSON array");
		wm.verify(2, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void namesAnUnreachableServer() {
		// given: nothing listens on that port
		GlpiClient offline = new GlpiClient(GlpiStubs.properties("http://127.0.0.1:1"), Clock.systemUTC());

		// when / then
		assertThatThrownBy(offline::connect).isInstanceOf(GlpiUnreachableException.class)
			.hasMessageContaining("cannot reach GLPI at http://127.0.0.1:1");
	}

	@Test
	void neverRepeatsAPasswordWrittenIntoTheUrl() {
		// given
		GlpiClient offline = new GlpiClient(GlpiStubs.properties("http://bob:hunter2@127.0.0.1:1"), Clock.systemUTC());

		// when / then
		assertThatThrownBy(offline::connect).hasMessageContaining("http://127.0.0.1:1")
			.hasMessageNotContaining("hunter2");
		assertThat(GlpiStubs.properties("http://bob:hunter2@127.0.0.1:1").toString()).doesNotContain("hunter2")
			.doesNotContain("p4ssw0rd-user")
			.doesNotContain("s3cr3t-client");
	}

	@Test
	void sendsTheEntityHeadersTogether() {
		// given
		GlpiClient scoped = new GlpiClient(GlpiStubs.properties(wm.baseUrl(), 3L), Clock.systemUTC());
		GlpiStubs.token(wm, "tok1", 3600);
		GlpiStubs.tickets(wm, "[]", "0--1/0");

		// when
		scoped.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		wm.verify(getRequestedFor(urlPathEqualTo(TICKETS)).withHeader("GLPI-Entity", equalTo("3"))
			.withHeader("GLPI-Entity-Recursive", equalTo("true")));
	}

	@Test
	void refusesAUrlThatIsNotApiPhp() {
		// when / then
		assertThatThrownBy(
				() -> new GlpiClient(new GlpiProperties(java.net.URI.create("https://glpi.example.org/"), "c", "s", "u",
						"p", "v2.2", 500, 4, null, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
						new GlpiProperties.Retry(1, java.time.Duration.ZERO, java.time.Duration.ZERO,
								java.time.Duration.ZERO)),
						Clock.systemUTC()))
			.isInstanceOf(GlpiConfigurationException.class)
			.hasMessageContaining("must be the URL of GLPI's api.php");
	}

}
