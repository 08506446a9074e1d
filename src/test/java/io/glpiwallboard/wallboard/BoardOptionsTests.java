package io.glpiwallboard.wallboard;

import io.glpiwallboard.chart.ChartTheme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardOptionsTests {

	@Test
	void rotationMovesToTheNextBoardAndWrapsAround() {
		// given
		BoardOptions options = BoardOptions.parse(null, "all, 3,7", "30", null);

		// then
		assertThat(options.next(null)).isEqualTo(3L);
		assertThat(options.next(3L)).isEqualTo(7L);
		assertThat(options.next(7L)).isNull();
		assertThat(BoardOptions.parse(null, "3,7", null, null).next(99L)).as("a board outside the list starts it").isEqualTo(3L);
		assertThat(options.period(60)).isEqualTo(30);
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
