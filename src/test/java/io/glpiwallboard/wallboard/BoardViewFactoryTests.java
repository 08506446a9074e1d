package io.glpiwallboard.wallboard;

import io.glpiwallboard.wallboard.BoardView.EntityRow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardViewFactoryTests {

	@Test
	void keyFiguresMatchTheSnapshotAndTheChangeSinceYesterdayIsSigned() {
		// when
		BoardView view = BoardFixtures.factory(BoardFixtures.boardProperties(null))
			.create(BoardFixtures.figures(null, 1234), BoardFixtures.tree(), BoardFixtures.groups());

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
		BoardViewFactory factory = BoardFixtures.factory(BoardFixtures.boardProperties(200L));

		// then
		assertThat(factory.create(BoardFixtures.figures(null, 201), BoardFixtures.tree(), BoardFixtures.groups()).open().level()).isEqualTo("alert");
		assertThat(factory.create(BoardFixtures.figures(null, 200), BoardFixtures.tree(), BoardFixtures.groups()).open().level()).isEqualTo("normal");
	}

	@Test
	void entityLinesAddUpToTheTotalWithTheRestOnOneLine() {
		// given
		BoardProperties onlyTwo = new BoardProperties("Desk", 30, 2, 6, BoardFixtures.boardProperties(null).thresholds(), 8);

		// when
		BoardView view = BoardFixtures.factory(onlyTwo).create(BoardFixtures.figures(null, 100), BoardFixtures.tree(), BoardFixtures.groups());

		// then
		assertThat(view.entities()).extracting(EntityRow::name).containsExactly("Lyon", "Paris");
		long listed = view.entities().stream().mapToLong(EntityRow::count).sum();
		assertThat(listed + view.otherEntities().value()).isEqualTo(100);
		assertThat(view.entities().get(0).width()).isEqualTo(100);
	}

	@Test
	void anEntityBoardNamesEntitiesRelativeToItself() {
		// when
		BoardView view = BoardFixtures.factory(BoardFixtures.boardProperties(null))
			.create(BoardFixtures.figures(1L, 100), BoardFixtures.tree(), BoardFixtures.groups());

		// then
		assertThat(view.title()).isEqualTo("Paris");
		assertThat(view.path()).isEqualTo("Root entity > Paris");
		assertThat(view.entities()).extracting(EntityRow::name).contains("Paris", "IT <b>Support</b>", "Facilities");
		assertThat(view.oldest().get(0).age()).isEqualTo("93 d");
	}

	@Test
	void negativeChangeUsesATrueMinusSign() {
		assertThat(BoardViewFactory.signed(-5L)).isEqualTo("\u22125");
		assertThat(BoardViewFactory.signed(0L)).isEqualTo("0");
		assertThat(BoardViewFactory.signed(null)).isEqualTo("–");
	}

}
