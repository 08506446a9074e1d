package io.glpiwallboard.wallboard.staticboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.glpiwallboard.report.ReportProperties;
import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.Open;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.wallboard.BoardFixtures;
import io.glpiwallboard.wallboard.BoardProperties;
import io.glpiwallboard.wallboard.view.BoardCache;
import io.glpiwallboard.wallboard.view.BoardRenderer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class StaticBoardPublisherTests {

	private static final Pattern IMAGE = Pattern.compile("src=\"(trend-[^\"]+\\.png)\"");

	@TempDir
	private Path reports;

	private final FiguresRepository figures = mock(FiguresRepository.class);

	private StaticBoardPublisher publisher;

	@BeforeEach
	void publisher() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		BoardProperties board = BoardFixtures.boardProperties(null);
		BoardRenderer renderer = new BoardRenderer(engine, BoardFixtures.wallboardProperties(),
				BoardFixtures.timeZone(), board);
		publisher = new StaticBoardPublisher(figures,
				new BoardCache(figures, board, BoardFixtures.snapshotProperties()), renderer,
				BoardFixtures.wallboardProperties(), new ReportProperties(reports, List.of()));
		given(figures.groups()).willReturn(BoardFixtures.groups());
	}

	@Test
	void writesAnIndexAndOnePagePerEntityNextToTheirCharts() throws Exception {
		// given
		snapshot(BoardFixtures.AS_OF, Set.of(), Set.of());

		// when
		publish();

		// then
		Path dir = reports.resolve("wallboard");
		assertThat(names(dir)).contains("index.html", "board.css", "entity-0.html", "entity-1.html", "entity-2.html",
				"entity-3.html", "entity-4.html", "trend-all-" + BoardFixtures.AS_OF.toEpochMilli() + ".png");
		String index = Files.readString(dir.resolve("index.html"));
		assertThat(index).contains("http-equiv=\"refresh\" content=\"60; url=index.html\"", "href=\"board.css\"",
				"href=\"entity-1.html\"", "data-kpi=\"open\">120<", "Fri 27 Nov 13:32");
		assertThat(index).contains("&lt;script&gt;alert(1)&lt;/script&gt; printer").doesNotContain("<script>alert");
		assertThat(Files.readString(dir.resolve("entity-1.html"))).contains("content=\"60; url=entity-1.html\"",
				"<h1>Paris</h1>");
		for (String page : List.of("index.html", "entity-2.html")) {
			Path image = dir.resolve(image(Files.readString(dir.resolve(page))));
			assertThat(Files.readAllBytes(image)).startsWith(0x89, 'P', 'N', 'G');
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("index.html"))))
			.isEqualTo("rw-r--r--");
	}

	@Test
	void anEntityWhoseOpenCountDropsToZeroKeepsItsPageAndShowsZero() throws Exception {
		// given: a TV shows entity-3.html while Facilities has open tickets
		snapshot(BoardFixtures.AS_OF, Set.of(), Set.of());
		publish();
		Path facilities = reports.resolve("wallboard/entity-3.html");
		assertThat(Files.readString(facilities)).contains("data-kpi=\"open\">120<");

		// when: its last ticket is solved
		Instant next = BoardFixtures.AS_OF.plusSeconds(3600);
		snapshot(next, Set.of(3L), Set.of());
		publish();

		// then
		String page = Files.readString(facilities);
		assertThat(page).contains("<h1>Facilities</h1>", "data-kpi=\"open\">0<", "content=\"60; url=entity-3.html\"",
				"Fri 27 Nov 14:32");
	}

	@Test
	void anEntityDeletedInGlpiLeavesAPageThatSaysSoAndTurnsBackIntoItsBoard() throws Exception {
		// given
		snapshot(BoardFixtures.AS_OF, Set.of(), Set.of());
		publish();
		Path lyon = reports.resolve("wallboard/entity-4.html");

		// when: Lyon is deleted in GLPI
		snapshot(BoardFixtures.AS_OF.plusSeconds(3600), Set.of(), Set.of(4L));
		publish();

		// then: the TV sees why, and the page keeps checking
		String gone = Files.readString(lyon);
		assertThat(gone).contains("No such entity", "GLPI has no entity with id 4", "content=\"60; url=entity-4.html\"",
				"href=\"index.html\"", "href=\"board.css\"");
		assertThat(Files.readString(reports.resolve("wallboard/index.html"))).doesNotContain("entity-4.html");

		// when: the entity comes back (restored from GLPI's trash)
		snapshot(BoardFixtures.AS_OF.plusSeconds(7200), Set.of(), Set.of());
		publish();

		// then
		assertThat(Files.readString(lyon)).contains("<h1>Lyon</h1>", "data-kpi=\"open\"");
	}

	@Test
	void aNewSnapshotReplacesTheChartsAndKeepsOnlyThePreviousOnes() throws Exception {
		// given
		Instant second = BoardFixtures.AS_OF.plusSeconds(3600);
		Instant third = second.plusSeconds(3600);
		snapshot(BoardFixtures.AS_OF, Set.of(), Set.of());
		publish();
		snapshot(second, Set.of(3L), Set.of());
		publish();

		// when
		snapshot(third, Set.of(3L), Set.of());
		publish();

		// then
		Path dir = reports.resolve("wallboard");
		List<String> names = names(dir);
		assertThat(names).noneMatch(n -> n.startsWith(StaticBoardWriter.TMP_PREFIX));
		assertThat(names)
			.contains("trend-all-" + third.toEpochMilli() + ".png", "trend-all-" + second.toEpochMilli() + ".png")
			.doesNotContain("trend-all-" + BoardFixtures.AS_OF.toEpochMilli() + ".png");
		assertThat(image(Files.readString(dir.resolve("index.html"))))
			.isEqualTo("trend-all-" + third.toEpochMilli() + ".png");
	}

	@Test
	void aFailureWhileRenderingLeavesThePreviousBoardWhole() throws Exception {
		// given
		snapshot(BoardFixtures.AS_OF, Set.of(), Set.of());
		publish();
		Path index = reports.resolve("wallboard/index.html");
		byte[] before = Files.readAllBytes(index);
		Instant next = BoardFixtures.AS_OF.plusSeconds(3600);
		snapshot(next, Set.of(), Set.of());
		willThrow(new IllegalStateException("database gone")).given(figures).forScope(eq(Scope.entity(2L)), anyInt());

		// when
		assertThatThrownBy(this::publish).hasMessageContaining("database gone");

		// then
		assertThat(Files.readAllBytes(index)).isEqualTo(before);
		assertThat(reports.resolve("wallboard").resolve(image(new String(before, StandardCharsets.UTF_8)))).exists();
	}

	private void publish() throws Exception {
		publisher.publish(new SnapshotPublisher.Request(BoardFixtures.DAY, BoardFixtures.AS_OF, true, false));
	}

	/**
	 * @param emptied entities whose last open ticket was solved
	 * @param deleted entities GLPI no longer has
	 */
	private void snapshot(Instant asOf, Set<Long> emptied, Set<Long> deleted) {
		EntityTree full = BoardFixtures.tree();
		given(figures.entityTree())
			.willReturn(new EntityTree(full.all().stream().filter(n -> !deleted.contains(n.id())).toList()));
		given(figures.latestObserved()).willReturn(Optional.of(Map.entry(BoardFixtures.DAY, asOf)));
		willAnswer(call -> {
			Scope board = call.getArgument(0);
			Long scope = board.entityId();
			WallboardFigures f = BoardFixtures.scoped(board, 120);
			List<EntityLine> entities = f.entities()
				.stream()
				.filter(e -> !deleted.contains(e.id()))
				.map(e -> emptied.contains(e.id()) ? new EntityLine(e.id(), e.completename(), e.level(), 0, 0) : e)
				.toList();
			if (scope != null && emptied.contains(scope) && !board.isGroup()) {
				return Optional.of(new WallboardFigures(asOf, f.day(), scope, new Open(0, Map.of(), Map.of(), Map.of()),
						new Today(0, 2, 2), entities, f.trend(), List.of(), List.of()));
			}
			return Optional.of(new WallboardFigures(asOf, f.day(), f.entityId(), f.open(), f.today(), entities,
					f.trend(), f.age(), f.oldest(), f.groupId(), f.groups()));
		}).given(figures).forScope(any(), anyInt());
	}

	private static String image(String html) {
		Matcher m = IMAGE.matcher(html);
		assertThat(m.find()).as("page links a chart").isTrue();
		return m.group(1);
	}

	private static List<String> names(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
