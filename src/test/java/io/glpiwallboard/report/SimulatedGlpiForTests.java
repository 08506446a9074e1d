package io.glpiwallboard.report;

import java.util.Set;
import java.util.stream.Collectors;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A small simulated GLPI for the report tests, and the truth the reports are checked
 * against.
 */
public final class SimulatedGlpiForTests {

	/** Root entity > Paris, with two children. */
	public static final long PARIS = 1;

	private SimulatedGlpiForTests() {
	}

	public static GlpiSimulator start(int tickets) {
		return GlpiSimulator.start(SimulatorSettings.defaults().withTickets(tickets).withSeed(42));
	}

	public static void register(DynamicPropertyRegistry registry, GlpiSimulator glpi) {
		io.glpiwallboard.testing.SimulatorConnection.register(registry, glpi);
	}

	/**
	 * Ids of the open, not trashed tickets, of everything or of an entity and its
	 * descendants.
	 */
	public static Set<Long> openTicketIds(GlpiSimulator glpi, Long entity) {
		Set<Long> scope = entity == null ? null : glpi.data().entityScope(entity, true);
		return glpi.data()
			.tickets()
			.stream()
			.filter(t -> t.isOpen() && !t.isDeleted())
			.filter(t -> scope == null || scope.contains(t.entityId()))
			.map(SimTicket::id)
			.collect(Collectors.toSet());
	}

}
