package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTeam;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.testing.GlpiUnderTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Assigned team members and the group tree, mirrored from the simulator through full and
 * incremental syncs.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamSyncTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(1500).withSeed(11L));

	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator);
	}

	@BeforeEach
	void startFromACleanFullSync() {
		simulator.rights().allowAll();
		assertThat(sync.run(SyncMode.FULL, false).success()).isTrue();
	}

	@AfterEach
	void giveRightsBack() {
		simulator.rights().allowAll();
	}

	@Test
	void fullSyncMirrorsEveryAssignedMemberAndTheGroupTreeButNoRequesterOrObserver() {
		// then
		assertThat(MirrorAssertions.members(jdbc)).containsExactlyElementsOf(MirrorAssertions.membersTruth(simulator));
		assertThat(MirrorAssertions.groups(jdbc)).containsExactlyElementsOf(MirrorAssertions.groupsTruth(simulator));
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		// the requester group (8) and the observer group (9) are on tickets, but never as
		// assignees
		assertThat(simulator.data().tickets()).anyMatch(t -> t.team().observerGroupId() != null);
		assertThat(simulator.data().tickets()).anyMatch(t -> t.team().requesterGroupId() != null);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM glpi_ticket_member WHERE member_type = 'Group'" + " AND member_id IN (8, 9)",
				Long.class))
			.isZero();
		// observers are users of the requester pool, who are never technicians
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM glpi_ticket_member WHERE member_type = 'User'" + " AND member_id < 100",
				Long.class))
			.isZero();
	}

	@Test
	void anAssignmentRemovedInGlpiDisappearsAfterAnIncrementalSync() {
		// given: a ticket with a technician and two groups loses the technician and one
		// group
		SimTicket ticket = simulator.data()
			.tickets()
			.stream()
			.filter(t -> t.team().groups().size() == 2 && !t.team().technicians().isEmpty())
			.findFirst()
			.orElseThrow();
		long kept = ticket.team().groups().get(0);
		long removed = ticket.team().groups().get(1);
		SimTeam smaller = ticket.team().withGroups(List.of(kept)).withTechnicians(List.of());
		simulator.data().updateTicket(ticket.id(), t -> t.withTeam(smaller));
		// and another ticket, assigned to nobody so far, gets a group
		SimTicket unassigned = simulator.data()
			.tickets()
			.stream()
			.filter(t -> !t.team().isAssigned())
			.findFirst()
			.orElseThrow();
		simulator.data().updateTicket(unassigned.id(), t -> t.withTeam(t.team().withGroups(List.of(removed))));

		// when
		SyncOutcome outcome = sync.run(SyncMode.INCREMENTAL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(
				jdbc.queryForList("SELECT member_type || ':' || member_id FROM glpi_ticket_member WHERE ticket_id = ?",
						String.class, ticket.id()))
			.containsExactly("Group:" + kept);
		assertThat(
				jdbc.queryForList("SELECT member_type || ':' || member_id FROM glpi_ticket_member WHERE ticket_id = ?",
						String.class, unassigned.id()))
			.containsExactly("Group:" + removed);
		assertThat(MirrorAssertions.members(jdbc)).containsExactlyElementsOf(MirrorAssertions.membersTruth(simulator));
	}

	@Test
	void purgedTicketsTakeTheirMembersWithThem() {
		// given: two assigned tickets are purged in GLPI
		List<SimTicket> assigned = simulator.data().tickets().stream().filter(t -> t.team().isAssigned()).toList();
		long early = assigned.get(5).id();
		long late = assigned.get(assigned.size() - 5).id();
		simulator.data().purgeTicket(early);
		simulator.data().purgeTicket(late);

		// when: the incremental sync finds them by counting, the full sync by not seeing
		// them
		SyncOutcome incremental = sync.run(SyncMode.INCREMENTAL, false);
		long afterIncremental = memberRowsOf(early) + memberRowsOf(late);
		simulator.data().purgeTicket(assigned.get(20).id());
		SyncOutcome full = sync.run(SyncMode.FULL, false);

		// then
		assertThat(incremental.success()).as(incremental.message()).isTrue();
		assertThat(full.success()).as(full.message()).isTrue();
		assertThat(afterIncremental).isZero();
		assertThat(memberRowsOf(assigned.get(20).id())).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket_member m"
				+ " WHERE NOT EXISTS (SELECT 1 FROM glpi_ticket t WHERE t.id = m.ticket_id)", Long.class))
			.isZero();
		assertThat(MirrorAssertions.members(jdbc)).containsExactlyElementsOf(MirrorAssertions.membersTruth(simulator));
	}

	@Test
	void withoutTheRightToReadGroupsTheGroupsAreNamedFromTheTicketsWithOneWarning(CapturedOutput output) {
		// given: the service account's profile lacks Group READ
		simulator.rights().deny("Group");
		int warningsBefore = count(output.getOut(), "GLPI denied the group list");

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then: the sync succeeds; each assigned group is known by the name the tickets
		// give it, without a tree
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(count(output.getOut(), "GLPI denied the group list") - warningsBefore).isEqualTo(1);
		List<String> named = simulator.data()
			.tickets()
			.stream()
			.flatMap(t -> t.team().groups().stream())
			.distinct()
			.map(id -> id + "|" + simulator.data().group(id).orElseThrow().name() + "|"
					+ simulator.data().group(id).orElseThrow().name() + "|null|null")
			.sorted()
			.toList();
		assertThat(MirrorAssertions.groups(jdbc)).containsExactlyElementsOf(named);
		assertThat(MirrorAssertions.members(jdbc)).containsExactlyElementsOf(MirrorAssertions.membersTruth(simulator));

		// and when the right comes back, the next sync restores the tree
		simulator.rights().allowAll();
		assertThat(sync.run(SyncMode.INCREMENTAL, false).success()).isTrue();
		assertThat(MirrorAssertions.groups(jdbc)).containsExactlyElementsOf(MirrorAssertions.groupsTruth(simulator));
	}

	@Test
	void withoutTheRightToReadEntitiesTheTreeIsDerivedFromTheTickets(CapturedOutput output) {
		// given
		simulator.rights().deny("Entity");

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then: every entity that has tickets is named, with its parent found through the
		// complete names
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(output.getOut()).contains("GLPI denied the entity list");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_entity", Long.class))
			.isEqualTo(simulator.data().tickets().stream().map(SimTicket::entityId).distinct().count());
		assertThat(jdbc.queryForObject("SELECT parent_id FROM glpi_entity WHERE id = 2", Long.class)).isEqualTo(1L);
	}

	private long memberRowsOf(long ticketId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket_member WHERE ticket_id = ?", Long.class, ticketId);
	}

	private static int count(String text, String needle) {
		int n = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			n++;
		}
		return n;
	}

}
