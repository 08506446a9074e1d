package io.glpiwallboard.wallboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;

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
		Clock clock = Clock.fixed(BoardFixtures.AS_OF, ZoneOffset.UTC);
		BoardRenderer renderer = new BoardRenderer(engine, BoardFixtures.wallboardProperties(), board, clock);
		publisher = new StaticBoardPublisher(figures, new BoardCatalog(figures, board, BoardFixtures.wallboardProperties()),
				renderer, BoardFixtures.wallboardProperties(), reports);
		given(figures.entityTree()).willReturn(BoardFixtures.tree());
		given(figures.groups()).willReturn(BoardFixtures.groups());
	}

	@Test
	void writesAnIndexAndOnePagePerEntityWithOpenTicketsNextToTheirCharts() throws Exception {
		// given
		snapshot(BoardFixtures.AS_OF, false);

		// when
		publish();

		// then
		Path dir = reports.resolve("wallboard");
		assertThat(names(dir)).contains("index.html", "board.css", "entity-0.html", "entity-1.html", "entity-2.html",
				"entity-3.html", "entity-4.html", "trend-all-" + BoardFixtures.AS_OF.toEpochMilli() + ".png");
		String index = Files.readString(dir.resolve("index.html"));
		assertThat(index).contains("http-equiv=\"refresh\" content=\"60;url=index.html\"", "href=\"board.css\"",
				"href=\"entity-1.html\"", "data-kpi=\"open\">120<", "Fri 27 Nov 13:32");
		assertThat(index).contains("&lt;script&gt;alert(1)&lt;/script&gt; printer").doesNotContain("<script>alert");
		assertThat(Files.readString(dir.resolve("entity-1.html"))).contains("url=entity-1.html", "<h1>Paris</h1>");
		for (String page : List.of("index.html", "entity-2.html")) {
			Path image = dir.resolve(image(Files.readString(dir.resolve(page))));
			assertThat(Files.readAllBytes(image)).startsWith(0x89, 'P', 'N', 'G');
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("index.html"))))
			.isEqualTo("rw-r--r--");
	}

	@Test
	void aNewSnapshotReplacesTheBoardAndDropsWhatNoLongerApplies() throws Exception {
		// given
		Instant second = BoardFixtures.AS_OF.plusSeconds(3600);
		Instant third = second.plusSeconds(3600);
		snapshot(BoardFixtures.AS_OF, false);
		publish();
		snapshot(second, true);
		publish();

		// when
		snapshot(third, true);
		publish();

		// then
		Path dir = reports.resolve("wallboard");
		List<String> names = names(dir);
		assertThat(names).doesNotContain("entity-3.html").noneMatch(n -> n.startsWith(StaticBoardWriter.TMP_PREFIX));
		assertThat(names).contains("trend-all-" + third.toEpochMilli() + ".png", "trend-all-" + second.toEpochMilli() + ".png")
			.doesNotContain("trend-all-" + BoardFixtures.AS_OF.toEpochMilli() + ".png");
		String index = Files.readString(dir.resolve("index.html"));
		assertThat(image(index)).isEqualTo("trend-all-" + third.toEpochMilli() + ".png");
		assertThat(index).doesNotContain("entity-3.html");
	}

	@Test
	void aFailureWhileRenderingLeavesThePreviousBoardWhole() throws Exception {
		// given
		snapshot(BoardFixtures.AS_OF, false);
		publish();
		Path index = reports.resolve("wallboard/index.html");
		byte[] before = Files.readAllBytes(index);
		Instant next = BoardFixtures.AS_OF.plusSeconds(3600);
		snapshot(next, false);
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

	/** @param facilitiesEmpty whether entity 3 has no open ticket any more */
	private void snapshot(Instant asOf, boolean facilitiesEmpty) {
		given(figures.latestObserved()).willReturn(Optional.of(Map.entry(BoardFixtures.DAY, asOf)));
		willAnswer(call -> {
			WallboardFigures f = BoardFixtures.scoped(call.getArgument(0), 120);
			List<EntityLine> entities = f.entities()
				.stream()
				.map(e -> facilitiesEmpty && e.id() == 3 ? new EntityLine(3, e.completename(), e.level(), 0, 0) : e)
				.toList();
			return Optional.of(new WallboardFigures(asOf, f.day(), f.entityId(), f.open(), f.today(), entities, f.trend(),
					f.age(), f.oldest(), f.groupId(), f.groups()));
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
