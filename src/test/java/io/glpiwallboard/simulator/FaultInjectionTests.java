package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultInjectionTests {

	private static GlpiSimulator sim;

	private static SimClient client;

	private static String token;

	@BeforeAll
	static void start() {
		sim = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(300));
		client = new SimClient(sim);
		token = client.token();
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	@Test
	void scriptedFailuresAnswer500ThenRecover() {
		// given
		sim.faults().failNextRequests(1, 500);

		// when
		HttpResponse<String> failed = client.get("/v2.2/Assistance/Ticket?limit=5&sort=id", token);
		HttpResponse<String> next = client.get("/v2.2/Assistance/Ticket?limit=5&sort=id", token);

		// then
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).isEqualTo(
				"{\"status\":\"ERROR\",\"title\":\"An internal error occurred while trying to fetch the data.\",\"detail\":null}");
		assertThat(next.statusCode()).isEqualTo(206);
	}

	@Test
	void connectionResetIsAnIOExceptionForTheClient() throws Exception {
		// given
		sim.faults().resetNextRequests(1);
		HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v2.2/Assistance/Ticket?limit=5"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(5))
			.build();

		// when / then
		assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(IOException.class)
			.isNotInstanceOf(HttpTimeoutException.class);
		assertThat(client.get("/v2.2/Assistance/Ticket?limit=5", token).statusCode()).isEqualTo(206);
	}

	@Test
	void latencyIsPerRequestNotSerialised() {
		// given
		sim.faults().setLatency(Duration.ofMillis(300));
		HttpClient http = HttpClient.newHttpClient();
		long started = System.nanoTime();

		// when
		try {
			List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/status/all")).build(),
						HttpResponse.BodyHandlers.ofString()));
			}
			calls.forEach(CompletableFuture::join);
		}
		finally {
			sim.faults().setLatency(Duration.ZERO);
		}

		// then
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void hookCanChangeDataWhileAClientPages() {
		// given
		long before = sim.data().ticketCount();
		List<Long> sequences = new ArrayList<>();
		sim.onListRequest(request -> {
			if (request.param("filter").orElse("").equals("name==hooked")) {
				sequences.add(request.sequence());
				sim.data().createTicket("hooked", 1);
			}
		});

		// when
		HttpResponse<String> response = client.get("/v2.2/Assistance/Ticket?filter=name==hooked&limit=10", token);

		// then
		assertThat(SimClient.json(response).size()).isEqualTo(1);
		assertThat(sequences).hasSize(1);
		assertThat(sim.data().ticketCount()).isEqualTo(before + 1);
	}

	@Test
	void adminEndpointsTouchTicketsAndReportStats() {
		// given
		sim.requests().reset();
		client.get("/v2.2/Assistance/Ticket?limit=1", token);

		// when
		HttpResponse<String> touched = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.port() + "/sim/admin/touch?percent=10"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
		HttpResponse<String> stats = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.port() + "/sim/admin/stats")).build());

		// then
		assertThat(SimClient.json(touched).get("changed").asInt())
			.isEqualTo(Math.round(sim.data().ticketCount() * 0.1f));
		assertThat(SimClient.json(stats).get("listRequests").asLong()).isEqualTo(1);
		assertThat(SimClient.json(stats).get("tickets").asLong()).isEqualTo(sim.data().ticketCount());
		assertThat(sim.requests().byPath("/Assistance/Ticket")).isEqualTo(1);
	}

}
