package io.glpiwallboard.sync;

import io.glpiwallboard.cli.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.testing.GlpiUnderTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncServiceTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(2500).withSeed(7L));

	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator);
	}

	@BeforeEach
	void startFromACleanFullSync() {
		simulator.onListRequest(r -> {
		});
		assertThat(sync.run(SyncMode.FULL, false).success()).isTrue();
	}

	@Test
	void fullSyncMirrorsEveryTicketGlpiShowsIncludingTrashedOnes() {
		// then
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE is_deleted", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_entity", Long.class))
			.isEqualTo(simulator.data().entities().size());
	}

	@Test
	void fullSyncLosesAndDoublesNothingWhenTicketsChangeWhilePaging() {
		// given: during paging, GLPI gets a new ticket, a changed one, and purges one
		// early and one late id
		long lowId = simulator.data().tickets().get(3).id();
		long highId = simulator.data().tickets().get(simulator.data().ticketCount() - 4).id();
		long changedId = simulator.data().tickets().get(10).id();
		AtomicBoolean done = new AtomicBoolean();
		simulator.onListRequest(request -> {
			if (request.sequence() > 8 && done.compareAndSet(false, true)) {
				simulator.data().createTicket("Created while paging", 2);
				simulator.data().updateTicket(changedId, t -> t.withStatus(SimTicket.SOLVED, simulator.data().now()));
				simulator.data().purgeTicket(lowId);
				simulator.data().purgeTicket(highId);
			}
		});

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(done).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	@Test
	void aTicketPurgedJustAsTheFullSyncAsksGlpisCountIsStillRemoved() {
		// given: GLPI purges a ticket the sync has already read at the moment the sync
		// asks
		// for its count of the ids paged (in parallel with reading the changes since its
		// start)
		long purgedId = simulator.data().tickets().get(5).id();
		AtomicBoolean done = new AtomicBoolean();
		simulator.onListRequest(request -> {
			if ("1".equals(request.param("limit").orElse(null))
					&& request.filter().orElse("").startsWith("id=ge=0;id=le=") && done.compareAndSet(false, true)) {
				simulator.data().purgeTicket(purgedId);
			}
		});

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(done).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE id = ?", Long.class, purgedId)).isZero();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	@Test
	void incrementalSyncReadsOnlyChangesAndStillSeesPurges() {
		// given: 1% of the tickets change, two are purged
		List<Long> ids = simulator.data().tickets().stream().map(SimTicket::id).filter(id -> id % 97 == 0).toList();
		simulator.data().updateTickets(ids, t -> t.withPriority(t.priority() == 6 ? 5 : t.priority() + 1));
		simulator.data().purgeTicket(simulator.data().tickets().get(100).id());
		simulator.data().purgeTicket(simulator.data().tickets().get(2000).id());
		long before = simulator.requests().listRequests();

		// when
		SyncOutcome outcome = sync.run(SyncMode.INCREMENTAL, false);

		// then
		long listRequests = simulator.requests().listRequests() - before;
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		// the purges cost a bisection (about 2 log2(n / page) count requests each) on top
		// of the bound
		assertThat(listRequests).isLessThanOrEqualTo((long) Math.ceil(ids.size() / 100.0) + 5 + 2 * 2 * 5);
	}

	@Test
	void incrementalSyncWithoutPurgesStaysWithinTheRequestBound() {
		// given
		List<Long> ids = simulator.data().tickets().stream().map(SimTicket::id).filter(id -> id % 100 == 1).toList();
		simulator.data().updateTickets(ids, t -> t.withPriority(t.priority() == 6 ? 5 : t.priority() + 1));
		long before = simulator.requests().listRequests();

		// when
		SyncOutcome outcome = sync.run(SyncMode.INCREMENTAL, false);

		// then
		assertThat(outcome.success()).isTrue();
		assertThat(simulator.requests().listRequests() - before)
			.isLessThanOrEqualTo((long) Math.ceil(ids.size() / 100.0) + 5);
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	@Test
	void aRunThatFailsMidWayExitsNonZeroKeepsThePublishedFiguresAndTheNextRunCompletes() {
		// given: GLPI starts failing after a few pages
		Instant publishedAsOf = jdbc
			.queryForObject("SELECT MAX(as_of) FROM snapshot_day WHERE reconstructed = FALSE",
					java.time.OffsetDateTime.class)
			.toInstant();
		simulator.data().createTicket("Will be seen by the second run", 3);
		AtomicBoolean broke = new AtomicBoolean();
		simulator.onListRequest(request -> {
			if (request.sequence() > 5 && broke.compareAndSet(false, true)) {
				simulator.faults().failNextRequests(1000, 503);
			}
		});

		// when
		SyncOutcome failed = sync.run(SyncMode.FULL, false);
		simulator.faults().failNextRequests(0, 503);
		simulator.onListRequest(r -> {
		});

		// then
		assertThat(failed.success()).isFalse();
		assertThat(ExitCode.of(failed)).isEqualTo(ExitCode.UNREACHABLE);
		assertThat(failed.message()).contains("HTTP 503");
		assertThat(jdbc
			.queryForObject("SELECT MAX(as_of) FROM snapshot_day WHERE reconstructed = FALSE",
					java.time.OffsetDateTime.class)
			.toInstant()).isEqualTo(publishedAsOf);

		// and when the server is back
		SyncOutcome recovered = sync.run(SyncMode.FULL, false);

		// then
		assertThat(recovered.success()).as(recovered.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	@Test
	void anExpiredTokenDuringTheSyncIsRenewedTransparently() {
		// given
		simulator.onListRequest(request -> {
			if (request.sequence() % 7 == 0) {
				simulator.faults().expireAllTokens();
			}
		});

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	@Test
	void snapshotCountsMatchTheSimulatorsTruth() {
		// then
		long open = MirrorAssertions.open(simulator.data().tickets());
		Long snapshotOpen = jdbc.queryForObject("SELECT SUM(open_count) FROM snapshot_open WHERE snapshot_date ="
				+ " (SELECT MAX(snapshot_date) FROM snapshot_day WHERE reconstructed = FALSE)", Long.class);
		assertThat(snapshotOpen).isEqualTo(open);
	}

}
