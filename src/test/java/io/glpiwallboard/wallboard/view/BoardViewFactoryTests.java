package io.glpiwallboard.wallboard.view;

import java.util.Map;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.wallboard.BoardFixtures;
import io.glpiwallboard.wallboard.BoardProperties;
import io.glpiwallboard.wallboard.view.BoardView.EntityRow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardViewFactoryTests {

	@Test
	void keyFiguresMatchTheSnapshotAndTheChangeSinceYesterdayIsSigned() {
		// when
		BoardView view = factory(BoardFixtures.boardProperties(null)).create(BoardFixtures.figures(null, 1234),
				BoardFixtures.tree(), BoardFixtures.groups());

		// then
		assertThat(view.open().value()).isEqualTo(1234);
		assertThat(view.open().text()).isEqualTo("1,234");
		assertThat(view.newToday().value()).isEqualTo(7);
		assertThat(view.solvedToday().value()).isEqualTo(4);
		assertThat(view.change().value()).isEqualTo(10);
		assertThat(view.change().text()).isEqualTo("+10");
		assertThat(view.title()).isEqualTo("Service desk");
	}

	@Test
	void openAboveTheAlertThresholdTurnsRed() {
		// given
		BoardViewFactory factory = factory(BoardFixtures.boardProperties(200L));

		// then
		assertThat(factory.create(BoardFixtures.figures(null, 201), BoardFixtures.tree(), BoardFixtures.groups())
			.open()
			.level()).isEqualTo("alert");
		assertThat(factory.create(BoardFixtures.figures(null, 200), BoardFixtures.tree(), BoardFixtures.groups())
			.open()
			.level()).isEqualTo("normal");
	}

	@Test
	void entityLinesAddUpToTheTotalWithTheRestOnOneLine() {
		// given
		BoardProperties onlyTwo = new BoardProperties("Desk", 30, 2, 6,
				BoardFixtures.boardProperties(null).thresholds(), 8);

		// when
		BoardView view = factory(onlyTwo).create(BoardFixtures.figures(null, 100), BoardFixtures.tree(),
				BoardFixtures.groups());

		// then
		assertThat(view.entities()).extracting(EntityRow::name).containsExactly("Lyon", "Paris");
		long listed = view.entities().stream().mapToLong(EntityRow::count).sum();
		assertThat(listed + view.otherEntities().value()).isEqualTo(100);
		assertThat(view.entities().get(0).width()).isEqualTo(100);
	}

	@Test
	void anEntityBoardNamesEntitiesRelativeToItself() {
		// when
		BoardView view = factory(BoardFixtures.boardProperties(null)).create(BoardFixtures.figures(1L, 100),
				BoardFixtures.tree(), BoardFixtures.groups());

		// then
		assertThat(view.title()).isEqualTo("Paris");
		assertThat(view.path()).isEqualTo("Root entity > Paris");
		assertThat(view.entities()).extracting(EntityRow::name).contains("Paris", "IT <b>Support</b>", "Facilities");
		assertThat(view.oldest().get(0).age()).isEqualTo("93 d");
	}

	@Test
	void serviceTilesTakeTheirNumbersAndLateIsAmberByDefault() {
		// when
		BoardView view = factory(BoardFixtures.boardProperties(null)).create(BoardFixtures.figures(null, 100),
				BoardFixtures.tree(), BoardFixtures.groups());

		// then
		assertThat(view.service().unassigned().value()).isEqualTo(5);
		assertThat(view.service().unassignedLabel()).isEqualTo("Unassigned");
		assertThat(view.service().late().value()).isEqualTo(3);
		assertThat(view.service().late().level()).isEqualTo("warning");
		assertThat(view.service().dueSoon().text()).isEqualTo("2");
		assertThat(view.service().dueSoonLabel()).isEqualTo("Due in 24 h");
		assertThat(view.oldest().get(0).late()).isTrue();
	}

	@Test
	void aSnapshotWithoutTeamFiguresShowsADashNotAZero() {
		// given
		WallboardFigures f = BoardFixtures.figures(null, 100);
		WallboardFigures old = new WallboardFigures(f.asOf(), f.day(), null,
				new WallboardFigures.Open(100, f.open().byStatus(), f.open().byPriority(), f.open().byType()),
				f.today(), f.entities(), f.trend(), f.age(), f.oldest());

		// when
		BoardView view = factory(BoardFixtures.boardProperties(null)).create(old, BoardFixtures.tree(),
				BoardFixtures.groups());

		// then
		assertThat(view.service().late().text()).isEqualTo("–");
		assertThat(view.service().late().level()).isEqualTo("normal");
		assertThat(view.teams().rows()).isEmpty();
	}

	@Test
	void teamRowsDropTheRootGroupTheyShareAndAGroupBoardListsOnlyTheOtherTeams() {
		// when
		BoardView all = factory(BoardFixtures.boardProperties(null)).create(BoardFixtures.figures(null, 100),
				BoardFixtures.tree(), BoardFixtures.groups());
		BoardView group = factory(BoardFixtures.boardProperties(null)).create(BoardFixtures.scoped(Scope.group(7), 100),
				BoardFixtures.tree(), BoardFixtures.groups());

		// then
		assertThat(all.teams().rows()).extracting(BoardView.TeamRow::name)
			.containsExactly("N2 <b>\"Core\" & co</b>", "Network");
		assertThat(all.teams().noGroup().value()).isEqualTo(45);
		assertThat(group.title()).isEqualTo(BoardFixtures.HOSTILE_GROUP);
		assertThat(group.service().unassignedLabel()).isEqualTo("No technician");
		assertThat(group.teams().rows()).extracting(BoardView.TeamRow::id).containsExactly(8L);
		assertThat(group.teams().noGroup()).isNull();
	}

	@Test
	void ticketsWithoutAKnownPriorityGetAnUnknownBarSoBarsAddUpToTheTotal() {
		// given: two of the Medium tickets have no priority (stored as 0)
		WallboardFigures f = BoardFixtures.figures(null, 100);
		Map<String, Long> byPriority = new java.util.HashMap<>(f.open().byPriority());
		byPriority.put("3", byPriority.get("3") - 2);
		byPriority.put("0", 2L);
		WallboardFigures missing = new WallboardFigures(f.asOf(), f.day(), null,
				new WallboardFigures.Open(100, f.open().byStatus(), byPriority, f.open().byType()), f.today(),
				f.entities(), f.trend(), f.age(), f.oldest());

		// when
		BoardView view = factory(BoardFixtures.boardProperties(null)).create(missing, BoardFixtures.tree(),
				BoardFixtures.groups());

		// then
		assertThat(view.priorities()).extracting(BoardView.Bar::label).last().isEqualTo("Unknown");
		assertThat(view.priorities().stream().mapToLong(BoardView.Bar::count).sum()).isEqualTo(100);
	}

	@Test
	void negativeChangeUsesATrueMinusSign() {
		assertThat(BoardViewFactory.signed(-5L)).isEqualTo("\u22125");
		assertThat(BoardViewFactory.signed(0L)).isEqualTo("0");
		assertThat(BoardViewFactory.signed(null)).isEqualTo("–");
	}

	private static BoardViewFactory factory(BoardProperties properties) {
		return new BoardViewFactory(properties, "24 h");
	}

}
