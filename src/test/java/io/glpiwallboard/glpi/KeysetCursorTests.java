package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging must not trust a short page when the total says more rows remain. */
class KeysetCursorTests {

	private static final String TICKETS = "/api.php/v2.2/Assistance/Ticket";

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void followsTheTotalWhenTheServerCapsThePageSizeBelowTheLimit() {
		// given: an implementation that never returns more than 2 rows, whatever limit=5
		// asks
		wm.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\"}")));
		page("id=ge=1;id=le=9", "[" + ticket(1) + "," + ticket(2) + "]", "0-1/5");
		page("id=ge=1;id=le=9;id=gt=2", "[" + ticket(4) + "," + ticket(6) + "]", "0-1/3");
		page("id=ge=1;id=le=9;id=gt=6", "[" + ticket(9) + "]", "0-0/1");
		GlpiClient client = new GlpiClient(
				new GlpiProperties(URI.create(wm.baseUrl() + "/api.php"), "c", "s", "u", "p", "v2.2", 5, 1, null,
						Duration.ofSeconds(2), Duration.ofSeconds(5),
						new GlpiProperties.Retry(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1))),
				Clock.systemUTC());
		List<Long> seen = new ArrayList<>();

		// when
		client.ticketsInRange(1, 9).readAll().forEach(t -> seen.add(t.id()));

		// then
		assertThat(seen).containsExactly(1L, 2L, 4L, 6L, 9L);
		wm.verify(3, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void stopsWhenTheServerIgnoresTheKeysetFilter() {
		// given: a server that answers every request with the same full first page
		wm.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\"}")));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(206)
			.withHeader("Content-Range", "0-1/9")
			.withBody("[" + ticket(1) + "," + ticket(2) + "]")));
		List<Long> seen = new ArrayList<>();

		// when / then
		KeysetCursor<GlpiTicket> pages = client().ticketsInRange(1, 9);
		assertThatThrownBy(() -> {
			while (pages.hasNext()) {
				pages.next().items().forEach(t -> seen.add(t.id()));
			}
		}).isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("with ticket #1 after #2")
			.hasMessageContaining("paging would never end");
		assertThat(seen).containsExactly(1L, 2L);
		wm.verify(2, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void namesARowRepeatedInAPageAsAlteredRatherThanAnIgnoredFilter() {
		// given: the trial's duplicate-ids, the second row a copy of the first
		wm.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\"}")));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(206)
			.withHeader("Content-Range", "0-1/9")
			.withBody("[" + ticket(1) + "," + ticket(1) + "]")));

		// when / then
		assertThatThrownBy(() -> client().ticketsInRange(1, 9).next()).isInstanceOf(GlpiProtocolException.class)
			.hasMessageContaining("with ticket #1 twice in a row in one page")
			.hasMessageNotContaining("ignores the filter");
	}

	private static GlpiClient client() {
		return new GlpiClient(
				new GlpiProperties(URI.create(wm.baseUrl() + "/api.php"), "c", "s", "u", "p", "v2.2", 2, 1, null,
						Duration.ofSeconds(2), Duration.ofSeconds(5),
						new GlpiProperties.Retry(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1))),
				Clock.systemUTC());
	}

	private static void page(String filter, String body, String range) {
		wm.stubFor(get(urlPathEqualTo(TICKETS)).withQueryParam("filter", equalTo(filter))
			.willReturn(aResponse().withStatus(206).withHeader("Content-Range", range).withBody(body)));
	}

	private static String ticket(long id) {
		return "{\"id\":" + id + ",\"name\":\"t\",\"status\":{\"id\":1},\"is_deleted\":false}";
	}

}
