package io.glpiwallboard.wallboard;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.Scope;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardOptionsTests {

	@Test
	void rotationMovesToTheNextBoardAndWrapsAround() {
		// given
		BoardOptions options = BoardOptions.parse(null, "all, 3,7", "30", null);

		// then
		assertThat(options.next(Scope.everything())).isEqualTo(Scope.entity(3L));
		assertThat(options.next(Scope.entity(3L))).isEqualTo(Scope.entity(7L));
		assertThat(options.next(Scope.entity(7L))).isEqualTo(Scope.everything());
		assertThat(BoardOptions.parse(null, "3,7", null, null).next(Scope.entity(99L))).as("a board outside the list starts it")
			.isEqualTo(Scope.entity(3L));
		assertThat(options.period(60)).isEqualTo(30);
	}

	@Test
	void rotationTakesGroupBoardsBetweenEntityBoards() {
		// given
		BoardOptions options = BoardOptions.parse(null, "all,group:7, GROUP:08,3,group:x,group:", null, null);

		// then
		assertThat(options.rotate()).containsExactly("all", "group:7", "group:8", "3");
		assertThat(options.next(Scope.everything())).isEqualTo(Scope.group(7));
		assertThat(options.next(Scope.group(7))).isEqualTo(Scope.group(8));
		assertThat(options.next(Scope.group(8))).isEqualTo(Scope.entity(3L));
		assertThat(options.query(true)).isEqualTo("?rotate=all,group:7,group:8,3");
	}

	@Test
	void linksKeepThemeRotationAndAnEncodedToken() {
		// given
		BoardOptions options = BoardOptions.parse("light", "3,all", "45", "a b&c");

		// then
		assertThat(options.query(true)).isEqualTo("?theme=light&rotate=3,all&interval=45&token=a+b%26c");
		assertThat(options.query(false)).isEqualTo("?theme=light&token=a+b%26c");
	}

	@Test
	void badValuesFallBackToDefaultsInsteadOfFailingOnATv() {
		// given
		BoardOptions options = BoardOptions.parse("neon", "x,<script>,-1,5", "2", "");

		// then
		assertThat(options.theme()).isEqualTo(ChartTheme.DARK);
		assertThat(options.rotate()).containsExactly("5");
		assertThat(options.interval()).isEqualTo(BoardOptions.MIN_INTERVAL);
		assertThat(options.token()).isNull();
		assertThat(BoardOptions.parse(null, null, "99999", null).period(60)).isEqualTo(60);
	}

}
