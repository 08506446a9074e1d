package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTests {

	private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

	private static final SimulatorSettings SETTINGS = SimulatorSettings.defaults()
		.withTickets(5000)
		.withSeed(7L)
		.withClock(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void sameSeedAndClockGiveTheSameData() {
		// when
		List<SimTicket> first = SampleData.generate(SETTINGS).tickets();
		List<SimTicket> second = SampleData.generate(SETTINGS).tickets();
		List<SimTicket> otherSeed = SampleData.generate(SETTINGS.withSeed(8L)).tickets();

		// then
		assertThat(first).hasSize(5000).isEqualTo(second);
		assertThat(otherSeed).isNotEqualTo(first);
	}

	@Test
	void ticketsLookLikeARealHelpdesk() {
		// when
		List<SimTicket> tickets = SampleData.generate(SETTINGS).tickets();

		// then: every status appears, most are done, a small backlog remains
		Map<Integer, Long> byStatus = tickets.stream()
			.collect(Collectors.groupingBy(SimTicket::status, Collectors.counting()));
		assertThat(byStatus).containsKeys(1, 2, 3, 4, 5, 6, 10);
		long open = tickets.stream().filter(SimTicket::isOpen).count();
		assertThat(open).isBetween(50L, 750L);
		assertThat(byStatus.get(6)).isGreaterThan(tickets.size() / 2);
		assertThat(tickets).anyMatch(t -> t.isOpen() && t.date().isBefore(NOW.minus(Duration.ofDays(180))));
		// dates are consistent with the status
		assertThat(tickets).allMatch(t -> !t.dateMod().isBefore(t.date()) && !t.date().isAfter(NOW));
		assertThat(tickets).filteredOn(t -> t.status() == SimTicket.CLOSED).allMatch(t -> t.dateClose() != null);
		assertThat(tickets).filteredOn(t -> t.status() == SimTicket.SOLVED)
			.allMatch(t -> t.dateSolve() != null && t.dateClose() == null);
		assertThat(tickets).filteredOn(SimTicket::isOpen).allMatch(t -> t.dateSolve() == null && t.dateClose() == null);
		// the awkward cases a client must survive
		assertThat(tickets).anyMatch(t -> t.priority() == 6);
		assertThat(tickets).anyMatch(SimTicket::isDeleted);
		assertThat(tickets).anyMatch(t -> t.categoryId() == null);
		assertThat(tickets).anyMatch(t -> t.name().startsWith("="));
		assertThat(tickets).anyMatch(t -> t.name().contains("<script>"));
		assertThat(tickets.stream().map(SimTicket::type).distinct()).containsExactlyInAnyOrder(1, 2);
		// ids mostly contiguous with purge gaps
		long maxId = tickets.get(tickets.size() - 1).id();
		assertThat(maxId).isGreaterThan(5000).isLessThan(5100);
	}

	@Test
	void teamsAndDeadlinesLookLikeARealServiceDesk() {
		// when
		SimulatedGlpi data = SampleData.generate(SETTINGS);
		List<SimTicket> open = data.tickets().stream().filter(SimTicket::isOpen).toList();

		// then: about one open ticket in eight is unassigned, some wait in a group for a
		// technician
		long unassigned = open.stream().filter(t -> !t.team().isAssigned()).count();
		assertThat((double) unassigned / open.size()).isBetween(0.07, 0.20);
		assertThat(open).anyMatch(t -> t.team().technicians().isEmpty() && !t.team().groups().isEmpty());
		assertThat(open).anyMatch(t -> !t.team().isAssigned() && !t.team().observers().isEmpty());
		// two groups, a supplier alone, a supplier beside a technician
		assertThat(data.tickets()).anyMatch(t -> t.team().groups().size() == 2);
		assertThat(data.tickets()).anyMatch(
				t -> t.team().supplierId() != null && t.team().technicians().isEmpty() && t.team().groups().isEmpty());
		assertThat(data.tickets()).anyMatch(t -> t.team().supplierId() != null && !t.team().technicians().isEmpty());
		// observers and the requester group are never assigned too
		assertThat(data.tickets())
			.allMatch(t -> t.team().observers().stream().noneMatch(t.team().technicians()::contains)
					&& !t.team().groups().contains(8L) && !t.team().groups().contains(9L));
		// deadlines on most tickets: some already passed, some within the next day
		assertThat(data.tickets().stream().filter(t -> t.sla().timeToResolve() != null).count())
			.isGreaterThan(data.tickets().size() * 3L / 4);
		assertThat(open).anyMatch(t -> t.sla().timeToResolve() != null && t.sla().timeToResolve().isBefore(NOW));
		assertThat(open).anyMatch(t -> t.sla().timeToResolve() != null && t.sla().timeToResolve().isAfter(NOW)
				&& t.sla().timeToResolve().isBefore(NOW.plus(Duration.ofDays(1))));
		assertThat(data.tickets()).anyMatch(t -> t.sla().internalTimeToOwn() != null);
		assertThat(data.tickets()).anyMatch(t -> t.sla() == SimSla.NONE);
	}

	@Test
	void groupTreeHasASubGroupAndNamesThatNeedEscaping() {
		// when
		List<SimGroup> groups = SampleData.generate(SETTINGS).groups();

		// then
		Map<Long, SimGroup> byId = groups.stream().collect(Collectors.toMap(SimGroup::id, Function.identity()));
		assertThat(groups).anyMatch(g -> g.parentId() != null && g.level() == 2);
		assertThat(groups).filteredOn(g -> g.parentId() != null)
			.allMatch(g -> g.completename().equals(byId.get(g.parentId()).completename() + " > " + g.name()));
		assertThat(groups).anyMatch(g -> g.name().contains("<"));
		assertThat(groups).anyMatch(g -> g.name().contains("\""));
		assertThat(groups).anyMatch(g -> g.name().contains("&"));
	}

	@Test
	void entityTreeHasThreeLevelsUnderTheRoot() {
		// when
		List<SimEntity> entities = SampleData.generate(SETTINGS).entities();

		// then
		Map<Long, SimEntity> byId = entities.stream().collect(Collectors.toMap(SimEntity::id, Function.identity()));
		assertThat(entities).hasSizeBetween(10, 15);
		assertThat(byId.get(0L).parentId()).isNull();
		assertThat(byId.get(0L).name()).isEqualTo("Root entity");
		assertThat(entities.stream().map(SimEntity::level).distinct()).containsExactlyInAnyOrder(1, 2, 3);
		assertThat(entities).filteredOn(e -> e.parentId() != null)
			.allMatch(e -> e.completename().equals(byId.get(e.parentId()).completename() + " > " + e.name()));
	}

	@Test
	void storeUpdatesBumpDateModAndPurgesDisappear() {
		// given
		SimulatedGlpi data = SampleData.generate(SETTINGS.withTickets(100));
		long id = data.tickets().get(10).id();

		// when
		SimTicket updated = data.updateTicket(id, t -> t.withStatus(SimTicket.SOLVED, data.now())).orElseThrow();
		SimTicket created = data.createTicket("New one", 2);
		data.purgeTicket(data.tickets().get(0).id());

		// then
		assertThat(updated.dateMod()).isEqualTo(NOW);
		assertThat(updated.dateSolve()).isNotNull();
		assertThat(created.id()).isEqualTo(data.maxTicketId());
		assertThat(data.tickets()).hasSize(100);
	}

}
