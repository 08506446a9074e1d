package io.glpiwallboard.glpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code glpi.request-timeout} bounds a whole exchange, body included, for every request.
 */
class RequestTimeoutTests {

	private static final Duration TIMEOUT = Duration.ofMillis(700);

	private TricklingGlpi glpi;

	private GlpiClient client;

	@BeforeEach
	void setUp() throws IOException {
		glpi = new TricklingGlpi();
		client = new GlpiClient(properties(glpi.baseUrl()), Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		glpi.close();
	}

	@Test
	void givesUpOnAListWhoseBodyTricklesAfterTheConfiguredAttempts() {
		// given: headers at once, then 64 bytes a second of a 64 KiB body, on every list
		// request
		glpi.trickleListRequests(n -> true);
		long started = System.nanoTime();

		// when / then: three attempts of 0.7 s each, not 17 minutes
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiUnreachableException.class)
			.hasMessage("GLPI did not answer GET /Assistance/Ticket (sort id:asc, limit 2) in time"
					+ " (glpi.request-timeout, body included)");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(glpi.listRequests()).isEqualTo(3);
	}

	@Test
	void retriesATrickledBodyLikeAnyOtherTimeout() {
		// given: only the first answer trickles
		glpi.trickleListRequests(n -> n == 1);

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(page.items()).extracting(GlpiTicket::id).containsExactly(5L);
		assertThat(glpi.listRequests()).isEqualTo(2);
	}

	@Test
	void boundsTheTokenRequestToo() {
		// given
		glpi.trickleTokenRequests(n -> true);

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiUnreachableException.class)
			.hasMessageContaining("did not answer POST /token in time");
		assertThat(glpi.tokenRequests()).isEqualTo(3);
		assertThat(glpi.listRequests()).isZero();
	}

	@Test
	void closesTheConnectionOfAnAbandonedExchange() throws InterruptedException {
		// given: a trickled answer the client stops waiting for
		glpi.trickleListRequests(n -> n == 1);

		// when
		client.tickets(ListQuery.of(null, "id:asc", 2));

		// then: the server notices the connection is gone (nothing keeps reading it in
		// the background)
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (glpi.abandoned() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(glpi.abandoned()).isEqualTo(1);
	}

	private static GlpiProperties properties(String baseUrl) {
		return new GlpiProperties(URI.create(baseUrl + "/api.php"), "wallboard", "s3cr3t-client", "svc",
				"p4ssw0rd-user", "v2.2", 2, 2, null, Duration.ofSeconds(2), TIMEOUT,
				new GlpiProperties.Retry(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(30)));
	}

}
