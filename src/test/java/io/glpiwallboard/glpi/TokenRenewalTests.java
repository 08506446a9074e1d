package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.glpiwallboard.glpi.GlpiStubs.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workers share one OAuth session: a token refused under several requests at once is
 * renewed once.
 */
class TokenRenewalTests {

	private static final int IN_FLIGHT = 4;

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ExecutorService workers = Executors.newFixedThreadPool(IN_FLIGHT);

	@AfterEach
	void stopWorkers() {
		workers.shutdownNow();
	}

	@Test
	void logsInOnceForAllRequestsThatSawTheSameTokenRefused() {
		// given: tok1 is refused, slowly enough that all four requests carry it at once
		GlpiClient client = new GlpiClient(GlpiStubs.properties(wm.baseUrl()), Clock.systemUTC());
		wm.stubFor(post(urlEqualTo("/api.php/token")).inScenario("logins")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(token("tok1")))
			.willSetStateTo("second"));
		wm.stubFor(post(urlEqualTo("/api.php/token")).inScenario("logins")
			.whenScenarioStateIs("second")
			.willReturn(okJson(token("tok2"))));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).withHeader("Authorization", equalTo("Bearer tok1"))
			.willReturn(aResponse().withStatus(400).withFixedDelay(300).withBody(GlpiStubs.error400InvalidToken())));
		wm.stubFor(get(urlPathEqualTo(TICKETS)).withHeader("Authorization", equalTo("Bearer tok2"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Range", "0-0/1")
				.withBody("[" + GlpiStubs.ticket(1, 1) + "]")));

		AtomicInteger pages = new AtomicInteger();

		// when
		inParallel(IntStream.range(0, IN_FLIGHT)
			.mapToObj(i -> (Runnable) () -> pages
				.addAndGet(client.tickets(ListQuery.of("id=gt=" + i, "id:asc", 2)).items().size()))
			.toList());

		// then
		assertThat(pages).hasValue(IN_FLIGHT);
		wm.verify(2, postRequestedFor(urlEqualTo("/api.php/token")));
	}

	@Test
	void everyRequestFailsWithinTenReloginsInARowWhenGlpiRefusesEveryToken() {
		// given: every login gives a new token, and every token is refused
		GlpiClient client = new GlpiClient(GlpiStubs.properties(wm.baseUrl()), Clock.systemUTC());
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(okJson(token("tok"))));
		wm.stubFor(get(urlPathEqualTo(TICKETS))
			.willReturn(aResponse().withStatus(400).withFixedDelay(50).withBody(GlpiStubs.error400InvalidToken())));

		// when: four requests at once
		List<CompletableFuture<Void>> requests = IntStream.range(0, IN_FLIGHT)
			.mapToObj(i -> CompletableFuture.runAsync(() -> client.tickets(ListQuery.of("id=gt=" + i, "id:asc", 2)),
					workers))
			.toList();

		// then: each fails, saying that GLPI refuses fresh tokens (a token issued for it
		// refused on its first use, or the relogins in a row spent: which one depends on
		// how the requests interleave); the first login and at most MAX_RELOGINS more
		for (CompletableFuture<Void> request : requests) {
			assertThatThrownBy(request::join).hasRootCauseInstanceOf(GlpiAuthenticationException.class)
				.rootCause()
				.message()
				.containsAnyOf("GLPI refused a freshly issued access token for GET /Assistance/Ticket",
						"GLPI kept refusing freshly issued access tokens (10 logins in a row without a successful request)");
		}
		assertThat(wm.findAll(postRequestedFor(urlEqualTo("/api.php/token")))).hasSizeBetween(2,
				1 + OAuthSession.MAX_RELOGINS);
	}

	@Test
	void readsEveryTicketExactlyOnceWhileGlpiRevokesTokensUnderFourRequestsInFlight() {
		// given: a GLPI that revokes every token (access and refresh) after each 3 ticket
		// pages it serves,
		// so that a token renewed for one request is often revoked before another request
		// uses it
		try (GlpiSimulator glpi = GlpiSimulator
			.start(SimulatorSettings.defaults().withTickets(1500).withSeed(11L).withLatency(Duration.ofMillis(15)))) {
			AtomicInteger served = new AtomicInteger();
			AtomicInteger revocations = new AtomicInteger();
			glpi.onListRequest(request -> {
				if (served.incrementAndGet() % 3 == 0) {
					glpi.faults().revokeAll();
					revocations.incrementAndGet();
				}
			});
			GlpiClient client = new GlpiClient(simulatorProperties(glpi), Clock.systemUTC());
			long maxId = glpi.data().maxTicketId();
			ConcurrentLinkedQueue<Long> read = new ConcurrentLinkedQueue<>();

			// when: four id ranges paged by keyset at once, as a full sync does
			List<Runnable> ranges = new ArrayList<>();
			for (int r = 0; r < IN_FLIGHT; r++) {
				long lo = maxId * r / IN_FLIGHT + 1;
				long hi = maxId * (r + 1) / IN_FLIGHT + 1;
				ranges.add(() -> pageRange(client, lo, hi, read));
			}
			inParallel(ranges);

			// then
			List<Long> truth = glpi.data().tickets().stream().map(SimTicket::id).sorted().toList();
			assertThat(read.stream().sorted().toList()).containsExactlyElementsOf(truth);
			long logins = glpi.requests().tokenRequests();
			System.out.printf("token revocation test: %d tickets, %d list requests, %d revocations, %d logins%n",
					truth.size(), glpi.requests().listRequests(), revocations.get(), logins);
			assertThat(revocations.get()).isGreaterThanOrEqualTo(20);
			// one login to start, then at most one per revocation, however many requests
			// saw it
			assertThat(logins).isLessThanOrEqualTo(1 + revocations.get());
			assertThat(client.reloginCount()).isEqualTo((int) logins - 1);
		}
	}

	private static void pageRange(GlpiClient client, long lo, long hi, ConcurrentLinkedQueue<Long> read) {
		String range = "id=ge=" + lo + ";id=lt=" + hi;
		String filter = range;
		while (true) {
			GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(filter, "id:asc", 25));
			page.items().forEach(t -> read.add(t.id()));
			if (page.isLast(0, 25)) {
				return;
			}
			filter = range + ";id=gt=" + page.items().get(page.items().size() - 1).id();
		}
	}

	/**
	 * Runs the tasks at once, one per worker; a failure surfaces as a
	 * {@link java.util.concurrent.CompletionException}.
	 */
	private void inParallel(List<Runnable> tasks) {
		CompletableFuture
			.allOf(tasks.stream().map(t -> CompletableFuture.runAsync(t, workers)).toArray(CompletableFuture[]::new))
			.join();
	}

	private static String token(String access) {
		return "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + access
				+ "\",\"refresh_token\":\"r-" + access + "\"}";
	}

	private static GlpiProperties simulatorProperties(GlpiSimulator glpi) {
		return new GlpiProperties(URI.create(glpi.baseUrl()), glpi.credentials().clientId(),
				glpi.credentials().clientSecret(), glpi.credentials().username(), glpi.credentials().password(), "v2.2",
				25, IN_FLIGHT, null, Duration.ofSeconds(2), Duration.ofSeconds(10),
				new GlpiProperties.Retry(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10)));
	}

}
