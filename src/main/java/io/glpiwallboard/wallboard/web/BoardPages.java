package io.glpiwallboard.wallboard.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.system.TimeZoneProperties;
import io.glpiwallboard.wallboard.LatestSnapshot;
import io.glpiwallboard.wallboard.WallboardProperties;
import io.glpiwallboard.wallboard.view.BoardCache;
import io.glpiwallboard.wallboard.view.BoardRenderer;
import io.glpiwallboard.wallboard.view.CachedBoard;
import io.glpiwallboard.wallboard.view.Etags;
import io.glpiwallboard.wallboard.view.Reload;

import org.springframework.stereotype.Component;

/**
 * The live board's HTML, rendered once per snapshot, scope, options and freshness
 * verdict, then served as bytes: a TV reloading every minute costs a map look-up, not a
 * template run.
 */
@Component
class BoardPages {

	private final LatestSnapshot state;

	private final BoardCache boards;

	private final BoardRenderer renderer;

	private final WallboardProperties wallboard;

	private final TimeZoneProperties timeZone;

	private final Clock clock;

	BoardPages(LatestSnapshot state, BoardCache boards, BoardRenderer renderer, WallboardProperties wallboard,
			TimeZoneProperties timeZone, Clock clock) {
		this.state = state;
		this.boards = boards;
		this.renderer = renderer;
		this.wallboard = wallboard;
		this.timeZone = timeZone;
		this.clock = clock;
	}

	/**
	 * @param status 200, or 404 for an unknown entity or group
	 * @param etag quoted; the same bytes always have the same tag
	 */
	record Page(int status, byte[] html, String etag) {
	}

	Page page(Scope scope, BoardOptions options) {
		LatestSnapshot.Current current = state.current();
		LocalDate today = LocalDate.now(clock.withZone(timeZone.zone()));
		String key = "page|" + scope + "|" + options.cacheKey() + "|" + current.verdict().stale() + "|"
				+ current.verdict().reason() + "|" + today;
		Page page = current.asOf() == null ? null : boards.rendered(current.asOf(), key, () -> {
			Page rendered = render(current, scope, options);
			// unknown ids are not kept: anyone can invent them
			return rendered.status() == 200 ? rendered : null;
		});
		return page != null ? page : render(current, scope, options);
	}

	private Page render(LatestSnapshot.Current current, Scope scope, BoardOptions options) {
		Predicate<Scope> showable = current.asOf() == null ? board -> true
				: board -> boards.knows(current.asOf(), board);
		LiveLinks links = new LiveLinks(options, scope, current.asOf(), wallboard.refreshSeconds(), showable);
		if (current.asOf() == null) {
			return page(200, renderer.noData(current.verdict(), links, options.theme()));
		}
		Optional<CachedBoard> board = boards.board(current.asOf(), scope);
		if (board.isEmpty()) {
			// goes on with the rotation, or checks again: the entity or group may come
			// back in GLPI
			String what = scope.isGroup() ? "group with id " + scope.groupId() : "entity with id " + scope.entityId();
			return page(404, renderer.message(404, "Unknown board", "GLPI has no " + what + " in the latest sync.",
					options.theme(), "/" + options.query(false), new Reload(links.refreshSeconds(), links.next())));
		}
		return page(200, renderer.board(board.get().view(), current.verdict(), links, options.theme(), false));
	}

	private static Page page(int status, String html) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		return new Page(status, bytes, Etags.of(bytes));
	}

}
