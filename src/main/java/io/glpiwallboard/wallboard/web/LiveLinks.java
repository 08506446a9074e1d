package io.glpiwallboard.wallboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Predicate;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.wallboard.view.BoardLinks;

/**
 * Links of the board served by {@code serve}: options (theme, rotation, token) travel
 * along.
 */
final class LiveLinks implements BoardLinks {

	private final BoardOptions options;

	private final Scope scope;

	private final Instant asOf;

	private final int refreshSeconds;

	private final Predicate<Scope> showable;

	/**
	 * @param scope the board's: everything, an entity or a group
	 * @param showable which boards exist now; a rotation skips the others
	 */
	LiveLinks(BoardOptions options, Scope scope, Instant asOf, int refreshSeconds, Predicate<Scope> showable) {
		this.options = options;
		this.scope = scope;
		this.asOf = asOf;
		this.refreshSeconds = refreshSeconds;
		this.showable = showable;
	}

	static String path(Scope board) {
		if (board.isGroup()) {
			return "/board/group/" + board.groupId();
		}
		return board.entityId() == null ? "/" : "/board/" + board.entityId();
	}

	@Override
	public String css() {
		return "/css/board.css";
	}

	/** Versioned by the snapshot, so the browser may cache it until the next one. */
	@Override
	public String chart() {
		String token = options.token() == null ? ""
				: "&token=" + URLEncoder.encode(options.token(), StandardCharsets.UTF_8);
		return "/charts/trend.png?" + (scope.entityId() == null ? "" : "entity=" + scope.entityId() + "&")
				+ (scope.groupId() == null ? "" : "group=" + scope.groupId() + "&") + "theme=" + options.theme().id()
				+ "&v=" + (asOf == null ? 0 : asOf.toEpochMilli()) + token;
	}

	@Override
	public String board(long id) {
		return path(Scope.entity(id)) + options.query(false);
	}

	@Override
	public String group(long id) {
		return path(Scope.group(id)) + options.query(false);
	}

	@Override
	public String next() {
		return path(options.next(scope, showable)) + options.query(true);
	}

	@Override
	public int refreshSeconds() {
		return options.period(refreshSeconds);
	}

}
