package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock stubs shaped like GLPI 11's API v2, for client tests. */
final class GlpiStubs {

	static final String TICKETS = "/api.php/v2.2/Assistance/Ticket";

	private GlpiStubs() {
	}

	static GlpiProperties properties(String baseUrl) {
		return properties(baseUrl, null);
	}

	static GlpiProperties properties(String baseUrl, Long entity) {
		return new GlpiProperties(URI.create(baseUrl + "/api.php"), "wallboard", "s3cr3t-client", "svc",
				"p4ssw0rd-user", "v2.2", 2, 2, entity, Duration.ofSeconds(2), Duration.ofSeconds(5),
				new GlpiProperties.Retry(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10)));
	}

	static void versions(WireMockExtension wm, String... versions) {
		StringBuilder list = new StringBuilder();
		for (String v : versions) {
			list.append(list.isEmpty() ? "" : ",")
				.append("{\"api_version\":\"2\",\"version\":\"")
				.append(v)
				.append("\",\"endpoint\":\"x\"}");
		}
		wm.stubFor(get(urlEqualTo("/api.php/"))
			.willReturn(okJson("{\"message\":\"Welcome to GLPI API\",\"api_versions\":[" + list + "]}")));
	}

	static void token(WireMockExtension wm, String access, int expiresIn) {
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":"
				+ expiresIn + ",\"access_token\":\"" + access + "\",\"refresh_token\":\"refresh-" + access + "\"}")));
	}

	static void tickets(WireMockExtension wm, String body, String contentRange) {
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Content-Range", contentRange)
			.withBody(body)));
	}

	static String ticket(long id, int status) {
		return "{\"id\":" + id + ",\"name\":\"Ticket " + id + "\",\"is_deleted\":false,\"status\":{\"id\":" + status
				+ ",\"name\":\"x\"},\"priority\":3,\"type\":1,\"entity\":{\"id\":0,\"name\":\"Root entity\",\"completename\":\"Root entity\"},"
				+ "\"category\":null,\"date\":\"2026-11-27T09:15:00+01:00\",\"date_mod\":\"2026-11-27T10:00:00+01:00\","
				+ "\"date_solve\":null,\"date_close\":null}";
	}

	/** {@link #ticket} with more properties, e.g. {@code "team":[...]}. */
	static String ticket(long id, int status, String moreProperties) {
		String base = ticket(id, status);
		return base.substring(0, base.length() - 1) + "," + moreProperties + "}";
	}

	static String error400InvalidToken() {
		return "{\"status\":\"ERROR_INVALID_PARAMETER\",\"title\":\"Invalid OAuth token\",\"detail\":\"Access token could not be verified\"}";
	}

}
