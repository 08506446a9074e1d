package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials never leave GLPI's origin: redirects are followed only for a GET, within
 * the origin.
 */
class RedirectTests {

	@RegisterExtension
	static WireMockExtension glpi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** Another host: the test reaches it as 127.0.0.1 while GLPI is localhost. */
	@RegisterExtension
	static WireMockExtension foreign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private GlpiClient client;

	@BeforeEach
	void setUp() {
		client = new GlpiClient(GlpiStubs.properties(glpi.baseUrl()), Clock.systemUTC());
		foreign.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Range", "0-0/1")
			.withBody("[" + GlpiStubs.ticket(666, 1) + "]")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void refusesAListRedirectToAnotherHost(int status) {
		// given
		GlpiStubs.token(glpi, "tok1", 3600);
		glpi.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(status)
			.withHeader("Location", foreignHost() + TICKETS + "?sort=id:asc&start=0&limit=2")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessage("GLPI at http://localhost:" + glpi.getPort()
					+ " redirected GET /Assistance/Ticket to another host (" + foreignHost()
					+ "); credentials are never sent there. Check glpi.url (http vs https, host name, port).");
		assertThat(foreign.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void neverFollowsARedirectOfTheTokenRequest(int status) {
		// given: the password and client secret travel in the body of POST /token
		glpi.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(aResponse().withStatus(status).withHeader("Location", foreignHost() + "/api.php/token")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("redirected POST /token to another host (" + foreignHost() + ")")
			.hasMessageNotContaining("s3cr3t-client")
			.hasMessageNotContaining("p4ssw0rd-user");
		assertThat(foreign.getAllServeEvents()).isEmpty();
	}

	@Test
	void neverResendsTheTokenRequestEvenWithinTheOrigin() {
		// given
		glpi.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(aResponse().withStatus(307).withHeader("Location", "/api.php/oauth/token")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("redirected POST /token (HTTP 307 to /api.php/oauth/token)")
			.hasMessageContaining("never re-sent on a redirect");
		glpi.verify(0, postRequestedFor(urlEqualTo("/api.php/oauth/token")));
	}

	@Test
	void namesARedirectTargetByItsWholePath() {
		// given: the token endpoint moved under the version (the trial's
		// redirect-token-same-origin)
		glpi.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(aResponse().withStatus(308).withHeader("Location", "/api.php/v2.2/token")));

		// when / then: not "HTTP 308 to /token", which reads as a redirect to itself
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("redirected POST /token (HTTP 308 to /api.php/v2.2/token)");
	}

	@Test
	void namesTheVersionListRequestByItsPath() {
		// given
		glpi.stubFor(get(urlEqualTo("/api.php/"))
			.willReturn(aResponse().withStatus(301).withHeader("Location", foreignHost() + "/api.php/")));

		// when / then: not "redirected GET /"
		assertThatThrownBy(() -> client.connect()).isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("redirected GET /api.php/ to another host (" + foreignHost() + ")");
	}

	@Test
	void refusesARedirectToAnotherPortOfTheSameHost() {
		// given
		GlpiStubs.token(glpi, "tok1", 3600);
		String otherPort = "http://localhost:" + foreign.getPort();
		glpi.stubFor(get(urlPathEqualTo(TICKETS))
			.willReturn(aResponse().withStatus(302).withHeader("Location", otherPort + TICKETS)));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("to another origin (" + otherPort + ")");
		assertThat(foreign.getAllServeEvents()).isEmpty();
	}

	@Test
	void namesHttpsWhenGlpiRedirectsThere() {
		// given: the usual misconfiguration, glpi.url with http:// where GLPI forces
		// https
		GlpiStubs.token(glpi, "tok1", 3600);
		glpi.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(
				aResponse().withStatus(301).withHeader("Location", "https://localhost:" + glpi.getPort() + TICKETS)));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("set glpi.url to https://");
	}

	@Test
	void followsARedirectWithinGlpisOrigin() {
		// given: a web server that canonicalises the path on the same host and port
		GlpiStubs.token(glpi, "tok1", 3600);
		glpi.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(302)
			.withHeader("Location", "/api.php/v2.2/Assistance/Ticket/?sort=id:asc&start=0&limit=2")));
		glpi.stubFor(get(urlPathEqualTo(TICKETS + "/")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Range", "0-0/1")
			.withBody("[" + GlpiStubs.ticket(7, 2) + "]")));

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(page.items()).extracting(GlpiTicket::id).containsExactly(7L);
		glpi.verify(getRequestedFor(urlPathEqualTo(TICKETS + "/")).withHeader("Authorization", equalTo("Bearer tok1")));
	}

	@Test
	void givesUpOnARedirectLoop() {
		// given
		GlpiStubs.token(glpi, "tok1", 3600);
		glpi.stubFor(
				get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(302).withHeader("Location", TICKETS)));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("redirected GET /Assistance/Ticket more than 5 times");
		glpi.verify(6, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void neverSendsCredentialsToAnotherHostWhateverTheRequest() {
		// given: every GLPI answer points elsewhere
		glpi.stubFor(any(anyUrl())
			.willReturn(aResponse().withStatus(307).withHeader("Location", foreignHost() + "/api.php/")));

		// when
		for (Runnable call : List.<Runnable>of(client::connect, () -> client.tickets(ListQuery.of(null, "id:asc", 2)),
				() -> client.entities(ListQuery.of(null, "id:asc", 2)))) {
			assertThatThrownBy(call::run).isInstanceOf(GlpiException.class);
		}

		// then
		List<ServeEvent> received = foreign.getAllServeEvents();
		assertThat(received).isEmpty();
	}

	private static String foreignHost() {
		return "http://127.0.0.1:" + foreign.getPort();
	}

}
