package io.glpiwallboard.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.glpiwallboard.snapshot.WallboardFigures.AgeBucket;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;
import io.glpiwallboard.snapshot.WallboardFigures.Open;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;
import io.glpiwallboard.testing.FullContextTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unassigned, late, due-soon and per-group figures of
 * {@link MirrorFixture#springWeekWithTeams()} on Monday 2026-03-30 at 12:00 Paris time
 * (10:00 UTC), against the fixture's hand-checked table.
 */
@FullContextTest
class TeamFiguresTests {

	private static final LocalDate MONDAY = LocalDate.parse("2026-03-30");

	private static final Instant NOON = Instant.parse("2026-03-30T10:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private SnapshotProperties properties;

	@Autowired
	private SnapshotWriter writer;

	@Autowired
	private HistoryReconstructor reconstructor;

	@Autowired
	private FiguresRepository figures;

	@BeforeEach
	void springWeekWithTeams() {
		MirrorFixture mirror = new MirrorFixture(jdbc, MirrorFixture.PARIS);
		mirror.clear();
		mirror.springWeekWithTeams();
	}

	@Test
	void unassignedMeansNoAssignedMemberOfAnyTypeSoASupplierAloneIsAnAssignee() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: 4 (observers only, never stored) and 12 (nobody); 3 has only a supplier,
		// 6 only a technician
		assertThat(figures.forScope(Scope.everything(), 1).orElseThrow().open().unassigned()).isEqualTo(2);
	}

	@Test
	void lateMeansADeadlineStrictlyBeforeTheAsOfTimeComparedAsInstantsAndDueSoonTheNext24Hours() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: late 2 (one second before), 3 (11:30 in Paris is 09:30 UTC), 6, 12; 1
		// (due exactly at
		// the as-of time) is due soon, not late; 5 (due exactly 24 h later) is neither;
		// 14 is next week
		Open open = figures.forScope(Scope.everything(), 1).orElseThrow().open();
		assertThat(open.late()).isEqualTo(4);
		assertThat(open.dueSoon()).isEqualTo(3);
	}

	@Test
	void dueSoonFollowsTheConfiguredWindow() {
		// given
		SnapshotProperties twoDays = new SnapshotProperties(properties.historyDays(), Duration.ofHours(48));

		// when
		new SnapshotWriter(jdbc, tx, twoDays).writeObserved(MONDAY, NOON);

		// then: 1, 4, 5, 15
		assertThat(figures.forScope(Scope.everything(), 1).orElseThrow().open().dueSoon()).isEqualTo(4);
	}

	@Test
	void eachAssignedGroupCountsItsTicketsSoATicketWithTwoGroupsCountsInBothAndGroupsDoNotAddUp() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then
		WallboardFigures f = figures.forScope(Scope.everything(), 1).orElseThrow();
		assertThat(f.open().byGroup()).containsOnly(Map.entry("101", 3L), Map.entry("102", 3L));
		assertThat(f.open().noGroup()).isEqualTo(4);
		assertThat(f.groups())
			.extracting(GroupLine::id, GroupLine::completename, GroupLine::open, GroupLine::late, GroupLine::dueSoon,
					GroupLine::unassigned)
			.containsExactly(tuple(101L, "Support > N1", 3L, 1L, 2L, 1L),
					tuple(102L, "Support > Network <LAN> & \"Wi-Fi\"", 3L, 1L, 0L, 2L));
		long groupRows = f.groups().stream().mapToLong(GroupLine::open).sum();
		assertThat(groupRows + f.open().noGroup()).isEqualTo(f.open().total() + 1);
	}

	@Test
	void anEntityScopeRestrictsTheTeamFigures() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: Paris with IT has 1, 2, 3, 4, 14, 15
		Open paris = figures.forScope(Scope.entity(1L), 1).orElseThrow().open();
		assertThat(paris.total()).isEqualTo(6);
		assertThat(paris.unassigned()).isEqualTo(1);
		assertThat(paris.late()).isEqualTo(2);
		assertThat(paris.dueSoon()).isEqualTo(3);
		assertThat(paris.noGroup()).isEqualTo(2);
		assertThat(paris.byGroup()).containsOnly(Map.entry("101", 3L), Map.entry("102", 2L));
	}

	@Test
	void aGroupScopeRestrictsEveryFigureToTheGroupsTicketsAndUnassignedMeansWaitingForATechnician() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: N1 has 1, 2 and 15 open; 8 opened, solved and closed today, 9 closed
		// today
		WallboardFigures n1 = figures.forScope(Scope.group(101), 1).orElseThrow();
		assertThat(n1.groupId()).isEqualTo(101L);
		assertThat(n1.open().total()).isEqualTo(3);
		assertThat(n1.open().byStatus()).containsExactly(Map.entry("1", 1L), Map.entry("2", 2L));
		assertThat(n1.open().unassigned()).isEqualTo(1);
		assertThat(n1.open().late()).isEqualTo(1);
		assertThat(n1.open().dueSoon()).isEqualTo(2);
		assertThat(n1.open().noGroup()).isZero();
		assertThat(n1.open().byGroup()).containsOnly(Map.entry("101", 3L), Map.entry("102", 1L));
		assertThat(n1.groups()).extracting(GroupLine::id).containsExactly(101L, 102L);
		assertThat(n1.today()).isEqualTo(new Today(2, 1, 2));
		assertThat(n1.age()).extracting(AgeBucket::count).containsExactly(2L, 1L, 0L, 0L, 0L);
		assertThat(n1.oldest()).extracting(OldTicket::id, OldTicket::late)
			.containsExactly(tuple(15L, false), tuple(2L, true), tuple(1L, false));
		assertThat(n1.entities()).extracting(EntityLine::id, EntityLine::open, EntityLine::openIncludingChildren)
			.contains(tuple(1L, 1L, 3L), tuple(2L, 2L, 2L));
		assertThat(n1.trend()).extracting(TrendPoint::open, TrendPoint::late).containsExactly(tuple(3L, 1L));
	}

	@Test
	void aGroupScopeCombinesWithAnEntityScope() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: Network has 2, 14 (IT, under Paris) and 5 (no entity); nothing open in
		// Lyon, where 7 was solved today
		WallboardFigures network = figures.forScope(Scope.group(102), 1).orElseThrow();
		assertThat(network.open().total()).isEqualTo(3);
		assertThat(network.entities()).extracting(EntityLine::completename, EntityLine::open)
			.contains(tuple("Root > Paris > IT", 2L), tuple("No entity", 1L));
		WallboardFigures inParis = figures.forScope(new Scope(1L, 102L), 1).orElseThrow();
		assertThat(inParis.open().total()).isEqualTo(2);
		assertThat(inParis.open().unassigned()).isEqualTo(2);
		assertThat(inParis.open().late()).isEqualTo(1);
		assertThat(inParis.today()).isEqualTo(new Today(1, 0, 0));
		WallboardFigures inLyon = figures.forScope(new Scope(3L, 102L), 1).orElseThrow();
		assertThat(inLyon.open().total()).isZero();
		assertThat(inLyon.today()).isEqualTo(new Today(0, 1, 0));
	}

	@Test
	void aGroupWithoutOpenTicketsHasABoardAndAnUnknownGroupHasNone() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then
		WallboardFigures support = figures.forScope(Scope.group(100), 1).orElseThrow();
		assertThat(support.open().total()).isZero();
		assertThat(support.open().late()).isZero();
		assertThat(figures.forScope(Scope.group(999), 1)).isEmpty();
		assertThat(figures.forScope(new Scope(99L, 101L), 1)).isEmpty();
	}

	@Test
	void aGroupGlpiDidNotListIsNamedFromItsTicketsTeams() {
		// given
		jdbc.update("DELETE FROM glpi_group WHERE id = 102");

		// when
		writer.writeObserved(MONDAY, NOON);

		// then: as many open tickets each, so by name
		assertThat(figures.forScope(Scope.everything(), 1).orElseThrow().groups()).extracting(GroupLine::completename)
			.containsExactly("Network", "Support > N1");
		assertThat(figures.forScope(Scope.group(102), 1)).isPresent();
	}

	@Test
	void eachDaysLateCountIsKeptAndReconstructedDaysCountWhatWasOpenAndLateAtTheirEnd() {
		// given
		writer.writeObserved(MONDAY, NOON);

		// when
		reconstructor.reconstruct(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-29"), NOON);

		// then: Friday 12; Saturday also 6 (due 23:30 UTC on Friday: Saturday in Paris)
		// and 9 (closed
		// Monday); Sunday the same (13 was late but solved that evening); Monday at noon
		// 2, 3, 6, 12
		assertThat(figures.forScope(Scope.everything(), 4).orElseThrow().trend())
			.extracting(TrendPoint::date, TrendPoint::late, TrendPoint::reconstructed)
			.containsExactly(tuple(LocalDate.parse("2026-03-27"), 1L, true),
					tuple(LocalDate.parse("2026-03-28"), 3L, true), tuple(LocalDate.parse("2026-03-29"), 3L, true),
					tuple(MONDAY, 4L, false));
		assertThat(figures.forScope(Scope.entity(1L), 4).orElseThrow().trend()).extracting(TrendPoint::late)
			.containsExactly(0L, 1L, 1L, 2L);
	}

	@Test
	void groupHistoryHasOnlyTheDaysObservedWithTeamsNeverReconstructedOnes() {
		// given
		writer.writeObserved(MONDAY, NOON);

		// when
		reconstructor.reconstruct(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-29"), NOON);

		// then
		assertThat(figures.forScope(Scope.group(101), 4).orElseThrow().trend()).extracting(TrendPoint::date)
			.containsExactly(MONDAY);
	}

	@Test
	void aDayObservedBeforeTeamFiguresExistedSaysUnknownRatherThanZero() {
		// given: Monday recorded by a version without team figures
		writer.writeObserved(MONDAY, NOON);
		jdbc.update("UPDATE snapshot_day SET teams = FALSE");
		jdbc.update("UPDATE snapshot_entity_day SET late = NULL, due_soon = NULL, unassigned = NULL, no_group = NULL");

		// when
		WallboardFigures f = figures.forScope(Scope.everything(), 1).orElseThrow();

		// then
		assertThat(f.open().total()).isEqualTo(9);
		assertThat(f.open().late()).isNull();
		assertThat(f.open().unassigned()).isNull();
		assertThat(f.open().byGroup()).isEmpty();
		assertThat(f.groups()).isEmpty();
		assertThat(f.trend()).extracting(TrendPoint::late).containsOnlyNulls();
	}

}
