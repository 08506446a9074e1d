package io.glpiwallboard.wallboard.web;

import java.util.function.Predicate;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.wallboard.view.Reload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardOptionsTests {

	@Test
	void rotationMovesToTheNextBoardAndWrapsAround() {
		// given
		BoardOptions options = BoardOptions.parse(null, "all, 3,7", "30", null);

		// then
		assertThat(options.next(Scope.everything(), board -> true)).isEqualTo(Scope.entity(3L));
		assertThat(options.next(Scope.entity(3L), board -> true)).isEqualTo(Scope.entity(7L));
		assertThat(options.next(Scope.entity(7L), board -> true)).isEqualTo(Scope.everything());
		assertThat(BoardOptions.parse(null, "3,7", null, null).next(Scope.entity(99L), board -> true))
			.as("a board outside the list starts it")
			.isEqualTo(Scope.entity(3L));
		assertThat(options.period(60)).isEqualTo(30);
	}

	@Test
	void rotationSkipsBoardsItCannotShowAndComesBackToThemOnceTheyExist() {
		// given: /?rotate=all,999,3,group:5 with entity 999 and group 5 unknown (deleted
		// or merged in GLPI, or a typo)
		BoardOptions options = BoardOptions.parse(null, "all,999,3,group:5", "10", null);
		Predicate<Scope> known = board -> !board.equals(Scope.entity(999L)) && !board.equals(Scope.group(5));

		// then
		assertThat(options.next(Scope.everything(), known)).as("all skips 999").isEqualTo(Scope.entity(3L));
		assertThat(options.next(Scope.entity(999L), known)).as("a TV already on 999 moves on")
			.isEqualTo(Scope.entity(3L));
		assertThat(options.next(Scope.entity(3L), known)).as("3 skips group 5").isEqualTo(Scope.everything());
		assertThat(options.next(Scope.everything(), board -> true)).as("999 back in GLPI")
			.isEqualTo(Scope.entity(999L));
		assertThat(options.next(Scope.entity(3L), board -> true)).as("group 5 back").isEqualTo(Scope.group(5));
		assertThat(BoardOptions.parse(null, "998,999", null, null).next(Scope.entity(999L), board -> false))
			.as("nothing showable: the page reloads itself")
			.isEqualTo(Scope.entity(999L));
	}

	@Test
	void errorPagesReloadTheSameSiteAddressWithTheBoardsParameters() {
		// given
		BoardOptions rotating = BoardOptions.parse(null, "all,3,group:7", "20", "t");
		BoardOptions plain = BoardOptions.parse("light", null, null, "t");

		// then
		assertThat(LiveReload.of("/board/3", rotating, 60, board -> true))
			.isEqualTo(new Reload(20, "/board/group/7?rotate=all,3,group:7&interval=20&token=t"));
		assertThat(LiveReload.of("/board/group/7", rotating, 60, board -> true))
			.isEqualTo(new Reload(20, "/?rotate=all,3,group:7&interval=20&token=t"));
		assertThat(LiveReload.of("/board/5", plain, 60, board -> true))
			.isEqualTo(new Reload(60, "/board/5?theme=light&token=t"));
		assertThat(LiveReload.of("/board/group/5", plain, 60, board -> true).url())
			.isEqualTo("/board/group/5?theme=light&token=t");
		assertThat(LiveReload.of("/nowhere", plain, 60, board -> true).url()).isEqualTo("/nowhere?theme=light&token=t");
		assertThat(LiveReload.of("/error", plain, 60, board -> true).url()).isEqualTo("/?theme=light&token=t");
		assertThat(LiveReload.of("//evil.example/x", plain, 60, board -> true).url()).as("never another host")
			.isEqualTo("/evil.example/x?theme=light&token=t");
		assertThat(LiveReload.of("http://evil.example/", plain, 60, board -> true).url()).startsWith("/?");
		assertThat(new Reload(60, "/").content()).isEqualTo("60; url=/");
	}

	@Test
	void aRotationOnAnAddressThatIsNoBoardGoesOnWithItsFirstShowableBoard() {
		// given: a TV whose rotation was sent to a typo or an old link (/board/abc,
		// /nope, /board/0/extra)
		BoardOptions rotating = BoardOptions.parse(null, "999,group:5,3,all", "10", "t");
		Predicate<Scope> known = board -> !board.equals(Scope.entity(999L)) && !board.equals(Scope.group(5));

		// then
		for (String junk : java.util.List.of("/board/abc", "/nope", "/board/0/extra", "/board//", "/board/group/abc")) {
			assertThat(LiveReload.of(junk, rotating, 60, known)).as(junk)
				.isEqualTo(new Reload(10, "/board/3?rotate=999,group:5,3,all&interval=10&token=t"));
		}
		assertThat(LiveReload.of("/board/abc", BoardOptions.parse(null, "all,1", "10", null), 60, board -> true).url())
			.isEqualTo("/?rotate=all,1&interval=10");
		assertThat(LiveReload.of("/nope", BoardOptions.parse(null, "998,999", "10", null), 60, board -> false).url())
			.as("nothing showable yet: the rotation's first board, which moves on once one comes back")
			.isEqualTo("/board/998?rotate=998,999&interval=10");
	}

	@Test
	void rotationTakesGroupBoardsBetweenEntityBoards() {
		// given
		BoardOptions options = BoardOptions.parse(null, "all,group:7, GROUP:08,3,group:x,group:", null, null);

		// then
		assertThat(options.rotate()).containsExactly("all", "group:7", "group:8", "3");
		assertThat(options.next(Scope.everything(), board -> true)).isEqualTo(Scope.group(7));
		assertThat(options.next(Scope.group(7), board -> true)).isEqualTo(Scope.group(8));
		assertThat(options.next(Scope.group(8), board -> true)).isEqualTo(Scope.entity(3L));
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
