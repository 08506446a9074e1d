package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.glpiwallboard.glpi.GlpiStubs.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 429 or 503 with {@code Retry-After} (a proxy or maintenance page in front of GLPI;
 * GLPI's API itself does not throttle) is retried no sooner than asked, and never beyond
 * glpi.retry.max-elapsed.
 */
class RetryAfterTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private GlpiClient client;

	@BeforeEach
	void setUp() {
		// backoff of a few milliseconds: any longer wait comes from Retry-After
		client = new GlpiClient(properties(Duration.ofSeconds(20)), Clock.systemUTC());
		GlpiStubs.token(wm, "tok1", 3600);
	}

	@Test
	void waitsTheSecondsRetryAfterAsksFor() {
		// given
		busyOnce(503, "2");
		long started = System.nanoTime();

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(page.items()).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		wm.verify(2, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void readsRetryAfterGivenAsAnHttpDate() {
		// given: a date 3 s ahead (HTTP-dates have whole seconds, so at least 2 s from
		// now)
		String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
		busyOnce(429, inThreeSeconds);
		long started = System.nanoTime();

		// when
		client.tickets(ListQuery.of(null, "id:asc", 2));

		// then
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		wm.verify(2, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void failsAtOnceWhenRetryAfterExceedsTheTimeLeft() {
		// given: an hour asked, 20 s allowed
		wm.stubFor(
				get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
		long started = System.nanoTime();

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiUnreachableException.class)
			.hasMessage(
					"GLPI asked to retry GET /Assistance/Ticket (sort id:asc, limit 2) in 3600 s (HTTP 503, Retry-After),"
							+ " more than glpi.retry.max-elapsed (20 s) leaves; try again later");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		wm.verify(1, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void anAbsurdRetryAfterIsNotShownAsTheYearItIsCappedAt() {
		// given: 10^23 seconds (the trial's retry-after-overflow)
		wm.stubFor(get(urlPathEqualTo(TICKETS))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "99999999999999999999999")));

		// when / then
		assertThatThrownBy(() -> client.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiUnreachableException.class)
			.hasMessage(
					"GLPI asked to retry GET /Assistance/Ticket (sort id:asc, limit 2) in more than a year (HTTP 429,"
							+ " Retry-After), more than glpi.retry.max-elapsed (20 s) leaves; try again later");
	}

	@Test
	void neverWaitsBeyondTheTimeLimitWhateverTheAttemptsLeft() {
		// given: 2 s asked each time, 3 s allowed: the second wait would end past the
		// limit
		GlpiClient limited = new GlpiClient(properties(Duration.ofSeconds(3)), Clock.systemUTC());
		wm.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
		long started = System.nanoTime();

		// when / then
		assertThatThrownBy(() -> limited.tickets(ListQuery.of(null, "id:asc", 2)))
			.isInstanceOf(GlpiUnreachableException.class)
			.hasMessageContaining("Retry-After")
			.hasMessageContaining("glpi.retry.max-elapsed (3 s)");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		wm.verify(2, getRequestedFor(urlPathEqualTo(TICKETS)));
	}

	@Test
	void ignoresAnUnreadableRetryAfter() {
		// given
		busyOnce(503, "soon");

		// when
		GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(null, "id:asc", 2));

		// then: the ordinary backoff applied
		assertThat(page.items()).hasSize(1);
	}

	private static void busyOnce(int status, String retryAfter) {
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(status).withHeader("Retry-After", retryAfter))
			.willSetStateTo("ready"));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).inScenario("busy")
			.whenScenarioStateIs("ready")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Range", "0-0/1")
				.withBody("[" + GlpiStubs.ticket(1, 1) + "]")));
	}

	private static GlpiProperties properties(Duration maxElapsed) {
		return new GlpiProperties(URI.create(wm.baseUrl() + "/api.php"), "wallboard", "s3cr3t-client", "svc",
				"p4ssw0rd-user", "v2.2", 2, 2, null, Duration.ofSeconds(2), Duration.ofSeconds(5),
				new GlpiProperties.Retry(6, Duration.ofMillis(5), Duration.ofMillis(20), maxElapsed));
	}

}
