package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.testing.GlpiUnderTest;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A refresh locates purged tickets by counting within {@code sync.reconcile-budget}
 * requests; when the budget runs out it stops without harm and the next full sync removes
 * the rest.
 */
// a context of its own: sync.reconcile-budget is bound at start-up. Enough count
// requests to locate one purged ticket by bisection, far too few for twelve
@TestPropertySource(properties = "sync.reconcile-budget=8")
class ReconcileBudgetTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(2500).withSeed(7L));

	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator);
	}

	@Test
	void aRefreshThatRunsOutOfBudgetRemovesNothingGlpiStillHasAndTheNextFullSyncRemovesTheRest() {
		// given: a clean mirror, then twelve tickets purged all over the id range
		assertThat(sync.run(SyncMode.FULL, false).success()).isTrue();
		List<Long> purged = IntStream.range(0, 12)
			.mapToObj(i -> simulator.data().tickets().get(100 + i * 200).id())
			.toList();
		purged.forEach(simulator.data()::purgeTicket);
		List<Long> glpi = simulator.data().tickets().stream().map(t -> t.id()).toList();

		// when
		SyncOutcome refresh = sync.run(SyncMode.INCREMENTAL, false);

		// then: the refresh succeeds, keeps every ticket GLPI has, and leaves purged ones
		// for the full sync
		assertThat(refresh.success()).as(refresh.message()).isTrue();
		List<Long> mirrored = jdbc.queryForList("SELECT id FROM glpi_ticket ORDER BY id", Long.class);
		assertThat(mirrored).containsAll(glpi);
		assertThat(mirrored).as("purged tickets the budget did not reach").containsAnyElementsOf(purged);

		// and when: the next full sync
		SyncOutcome full = sync.run(SyncMode.FULL, false);

		// then: the mirror is GLPI's again
		assertThat(full.success()).as(full.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

}
