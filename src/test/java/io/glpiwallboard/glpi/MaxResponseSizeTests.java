package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;

/**
 * {@code glpi.max-response-size} bounds every answer read from GLPI: a larger one stops
 * the request at once as a protocol error, never retried, whether its size was announced
 * or not.
 */
class MaxResponseSizeTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private GlpiClient client;

	@BeforeEach
	void setUp() {
		GlpiStubs.versions(wm, "2.2.0");
		GlpiStubs.token(wm, "access-1", 3600);
		client = new GlpiClient(GlpiStubs.properties(wm.baseUrl()).withMaxResponseSize(DataSize.ofKilobytes(4)),
				Clock.systemUTC());
	}

	@Test
	void refusesAPageLargerThanTheLimitWithoutRetrying() {
		// given: a page of 16 KB, with its Content-Length
		stubTickets(aResponse().withBody(hugePage()));

		// when / then
		assertRefusedOnce();
	}

	@Test
	void refusesAChunkedPageThatGrowsPastTheLimit() {
		// given: the same page, chunked, its size never announced
		stubTickets(aResponse().withBody(hugePage()).withChunkedDribbleDelay(8, 40));

		// when / then
		assertRefusedOnce();
	}

	@Test
	void readsAPageWithinTheLimit() {
		// given
		stubTickets(aResponse().withBody("[" + GlpiStubs.ticket(5, 1) + "]"));

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(page.items()).extracting(GlpiTicket::id).containsExactly(5L);
	}

	private void assertRefusedOnce() {
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessage("GLPI's answer to GET /Assistance/Ticket (sort id:asc, limit 2) is larger than"
					+ " glpi.max-response-size (4KB): raise it, or lower glpi.page-size");
		wm.verify(1, getRequestedFor(urlPathEqualTo(GlpiStubs.TICKETS)));
	}

	private static void stubTickets(ResponseDefinitionBuilder response) {
		wm.stubFor(get(urlPathEqualTo(GlpiStubs.TICKETS)).willReturn(response.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Content-Range", "0-0/1")));
	}

	private static String hugePage() {
		return "[{\"id\":1,\"name\":\"" + "A".repeat(16 * 1024) + "\"}]";
	}

}
