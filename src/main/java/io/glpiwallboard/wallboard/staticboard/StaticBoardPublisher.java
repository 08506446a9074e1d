package io.glpiwallboard.wallboard.staticboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.report.ReportProperties;
import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.GroupDirectory;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.wallboard.Freshness;
import io.glpiwallboard.wallboard.WallboardProperties;
import io.glpiwallboard.wallboard.view.BoardCache;
import io.glpiwallboard.wallboard.view.BoardRenderer;
import io.glpiwallboard.wallboard.view.CachedBoard;
import io.glpiwallboard.wallboard.view.Reload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes the board as plain files into {@code <report.dir>/wallboard/}:
 * {@code index.html} for the whole scope, {@code entity-<id>.html} for every entity GLPI
 * has (with 0 open tickets too: a TV pointed at an entity's file must show 0, not a
 * missing file), {@code group-<id>.html} for every group with open tickets (and, once
 * written, for as long as GLPI has the group: 0 then), their chart images and the
 * stylesheet. The page of an entity or group deleted from GLPI is replaced by one that
 * says so and keeps reloading, so it turns back into the board if it returns. An admin
 * who only schedules {@code run} can publish that folder from any web server or file
 * share; every page reloads itself like the live board.
 */
@Component
class StaticBoardPublisher implements SnapshotPublisher {

	private static final Logger log = LoggerFactory.getLogger(StaticBoardPublisher.class);

	private static final Pattern GROUP_PAGE = Pattern.compile("group-(\\d{1,12})\\.html");

	private final FiguresRepository figures;

	private final BoardCache boards;

	private final BoardRenderer renderer;

	private final WallboardProperties wallboard;

	private final Path dir;

	StaticBoardPublisher(FiguresRepository figures, BoardCache boards, BoardRenderer renderer,
			WallboardProperties wallboard, ReportProperties report) {
		this.figures = figures;
		this.boards = boards;
		this.renderer = renderer;
		this.wallboard = wallboard;
		this.dir = report.dir().resolve("wallboard");
	}

	@Override
	public Stage stage() {
		return Stage.STATIC_BOARD;
	}

	@Override
	public String name() {
		return "static board";
	}

	@Override
	public boolean afterRefresh() {
		return true;
	}

	@Override
	public void publish(Request request) throws IOException {
		Instant asOf = figures.latestObserved().map(Map.Entry::getValue).orElse(null);
		CachedBoard root = asOf == null ? null : boards.board(asOf, Scope.everything()).orElse(null);
		if (root == null) {
			return;
		}
		List<Scope> scopes = new ArrayList<>();
		scopes.add(Scope.everything());
		scopes.addAll(pages(root.figures(), boards.tree(asOf), boards.groups(asOf)));
		Set<Scope> pages = new LinkedHashSet<>(scopes.subList(1, scopes.size()));
		Map<String, byte[]> images = new LinkedHashMap<>();
		Map<String, byte[]> html = new LinkedHashMap<>();
		Freshness.Verdict verdict = new Freshness.Verdict(false, "This board was not updated for more than "
				+ Freshness.human(wallboard.staleAfterOffHours()) + ": check the scheduled sync.", asOf);
		for (Scope scope : scopes) {
			CachedBoard board = scope.equals(Scope.everything()) ? root : boards.board(asOf, scope).orElse(null);
			if (board == null) {
				continue;
			}
			String image = "trend-" + imageName(scope) + "-" + asOf.toEpochMilli() + ".png";
			if (board.view().hasTrend()) {
				images.put(image, board.trendChart(ChartTheme.DARK).bytes());
			}
			StaticLinks links = new StaticLinks(scope, image, pages, wallboard.refreshSeconds());
			html.put(StaticLinks.page(scope), renderer.board(board.view(), verdict, links, ChartTheme.DARK, true)
				.getBytes(StandardCharsets.UTF_8));
		}
		new StaticBoardWriter(dir).write(images, css(), html, this::retired);
		log.info("Static board written to {} ({} pages)", dir, html.size());
	}

	/**
	 * What a TV pointed at a board file that no longer has a board sees: why, and a
	 * reload.
	 */
	private byte[] retired(String page) {
		String what = page.startsWith("group-") ? "group" : "entity";
		String id = page.replaceAll("\\D", "");
		return renderer
			.staticMessage("No such " + what,
					"GLPI has no " + what + " with id " + id + " any more (deleted, merged, or no longer visible to the"
							+ " account the wallboard uses). This page checks again in case it comes back.",
					StaticBoardWriter.CSS, StaticLinks.page(Scope.everything()),
					new Reload(wallboard.refreshSeconds(), page))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The boards that get a page: every entity of GLPI's tree (rows of tickets outside it
	 * have no board), every group with open tickets, and every group GLPI still has whose
	 * page was written before: a TV pointed at it shows 0 rather than losing its page.
	 */
	private List<Scope> pages(WallboardFigures all, EntityTree tree, GroupDirectory groups) throws IOException {
		List<Scope> pages = new ArrayList<>();
		for (EntityLine e : all.entities()) {
			if (tree.get(e.id()).isPresent()) {
				pages.add(Scope.entity(e.id()));
			}
		}
		Set<Long> written = new TreeSet<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				files.map(f -> GROUP_PAGE.matcher(f.getFileName().toString()))
					.filter(Matcher::matches)
					.forEach(m -> written.add(Long.parseLong(m.group(1))));
			}
		}
		Set<Long> listed = new LinkedHashSet<>();
		all.groups().stream().filter(g -> g.open() > 0).forEach(g -> listed.add(g.id()));
		written.stream().filter(id -> groups.get(id).isPresent()).forEach(listed::add);
		listed.forEach(id -> pages.add(Scope.group(id)));
		return pages;
	}

	private static String imageName(Scope scope) {
		if (scope.isGroup()) {
			return "group" + scope.groupId();
		}
		return scope.entityId() == null ? "all" : scope.entityId().toString();
	}

	private static byte[] css() throws IOException {
		try (InputStream in = new ClassPathResource("static/css/board.css").getInputStream()) {
			return in.readAllBytes();
		}
	}

}
