package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.testing.GlpiUnderTest;

import org.junit.jupiter.api.Test;

/**
 * A full sync with 4 requests in flight completes, exact, while GLPI revokes every token
 * often: the workers share one OAuth session, and a token one of them saw refused is
 * renewed once for all.
 */
class TokenRevocationSyncTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(2000).withSeed(23L).withLatency(Duration.ofMillis(10)));

	// 4 requests in flight, small pages: the client's settings, read per sync, so the
	// shared context serves
	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator).withPaging(50, 4);
	}

	@Test
	void fullSyncCompletesExactWhileGlpiRevokesEveryTokenAfterFivePages() {
		// given: every access and refresh token is revoked after each 5 ticket pages GLPI
		// serves
		AtomicInteger served = new AtomicInteger();
		AtomicInteger revocations = new AtomicInteger();
		simulator.onListRequest(request -> {
			if (served.incrementAndGet() % 5 == 0) {
				simulator.faults().revokeAll();
				revocations.incrementAndGet();
			}
		});
		simulator.requests().reset();

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		long logins = simulator.requests().tokenRequests();
		System.out.printf(
				"full sync under token revocation: %d ticket pages served, %d revocations, %d logins, %d requests%n",
				served.get(), revocations.get(), logins, simulator.requests().total());
		assertThat(revocations.get()).isGreaterThanOrEqualTo(8);
		// one login to start, then at most one per revocation, however many requests in
		// flight saw it
		assertThat(logins).isLessThanOrEqualTo(1L + revocations.get());
	}

}
