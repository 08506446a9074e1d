package io.glpiwallboard.wallboard.web;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.wallboard.view.Reload;

/**
 * The {@link Reload} of a live page: where the TV goes next from an address of this
 * server, keeping the board's parameters and never leaving the site.
 */
final class LiveReload {

	private static final Pattern BOARD = Pattern.compile("/board/(\\d{1,12})");

	private static final Pattern GROUP_BOARD = Pattern.compile("/board/group/(\\d{1,12})");

	private LiveReload() {
	}

	/**
	 * For a page answering {@code path}: the next board when the path is a board in a
	 * rotation, the rotation's first board it can show when the path is anything else,
	 * otherwise (no rotation) the same path again, all with the board's parameters.
	 * @param path the path the browser asked for (for an error page: the one that failed)
	 * @param showable which boards of a rotation can be shown; the others are skipped
	 */
	static Reload of(String path, BoardOptions options, int refreshSeconds, Predicate<Scope> showable) {
		String safe = safePath(path);
		String target;
		if (safe.equals("/") || BOARD.matcher(safe).matches() || GROUP_BOARD.matcher(safe).matches()) {
			Scope current = safe.equals("/") ? Scope.everything()
					: safe.startsWith("/board/group/")
							? Scope.group(Long.parseLong(safe.substring("/board/group/".length())))
							: Scope.entity(Long.valueOf(safe.substring("/board/".length())));
			target = LiveLinks.path(options.next(current, showable)) + options.query(true);
		}
		else if (safe.equals("/error")) {
			// someone pointed the TV at the error page itself: send it to the board
			target = "/" + options.query(true);
		}
		else if (!options.rotate().isEmpty()) {
			// a rotation whose current address is no board (a typo, an old link): its
			// position is
			// unknown, so it goes on from its first board it can show rather than
			// reloading a dead end
			target = LiveLinks.path(options.first(showable)) + options.query(true);
		}
		else {
			target = safe + options.query(true);
		}
		return new Reload(options.period(refreshSeconds), target);
	}

	/**
	 * A path of this site only: "//host/x" would leave it (a scheme-relative URL), so
	 * leading slashes collapse, and anything that is not a plain path becomes "/".
	 */
	static String safePath(String path) {
		if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0
				|| path.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			return "/";
		}
		return "/" + path.replaceFirst("^/+", "");
	}

}
