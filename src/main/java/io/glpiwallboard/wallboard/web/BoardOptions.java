package io.glpiwallboard.wallboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.Scope;

/**
 * The URL parameters of a board, validated: {@code theme=dark|light},
 * {@code rotate=all,3,group:7} (boards one TV cycles through: everything, entities,
 * groups), {@code interval=} seconds per board, and the access {@code token}. They are
 * carried into every refresh, rotation and chart link, so a TV set up once keeps its
 * settings for weeks.
 */
record BoardOptions(ChartTheme theme, List<String> rotate, Integer interval, String token) {

	static final String ALL = "all";

	static final String GROUP = "group:";

	static final int MAX_ROTATE = 24;

	static final int MIN_INTERVAL = 10;

	static final int MAX_INTERVAL = 3600;

	/** Lenient: a TV cannot show a form error, so bad values fall back to defaults. */
	static BoardOptions parse(String theme, String rotate, String interval, String token) {
		return new BoardOptions(ChartTheme.parse(theme), rotation(rotate), seconds(interval),
				token == null || token.isEmpty() ? null : token);
	}

	private static List<String> rotation(String rotate) {
		if (rotate == null) {
			return List.of();
		}
		Set<String> boards = new LinkedHashSet<>();
		for (String part : rotate.split(",")) {
			String p = part.trim().toLowerCase(java.util.Locale.ROOT);
			if (boards.size() >= MAX_ROTATE) {
				break;
			}
			if (p.equals(ALL) || p.matches("\\d{1,12}")) {
				boards.add(p.equals(ALL) ? ALL : Long.toString(Long.parseLong(p)));
			}
			else if (p.matches("group:\\d{1,12}")) {
				boards.add(GROUP + Long.parseLong(p.substring(GROUP.length())));
			}
		}
		return List.copyOf(boards);
	}

	private static Integer seconds(String interval) {
		if (interval == null || !interval.trim().matches("\\d{1,6}")) {
			return null;
		}
		return Math.max(MIN_INTERVAL, Math.min(MAX_INTERVAL, Integer.parseInt(interval.trim())));
	}

	/** The seconds until the page reloads or moves on. */
	int period(int refreshSeconds) {
		return interval != null && !rotate.isEmpty() ? interval : refreshSeconds;
	}

	/**
	 * The board shown after {@code current}: the next in the list that can be shown,
	 * wrapping around. Boards that cannot be shown (an entity or group deleted or merged
	 * in GLPI, a typo) are skipped, so one bad id never stops a TV; they come back by
	 * themselves once they can be shown. With nothing else to show, the page reloads
	 * itself.
	 * @param showable whether a board of the rotation can be shown now
	 */
	Scope next(Scope current, Predicate<Scope> showable) {
		if (rotate.isEmpty()) {
			return current;
		}
		return after(rotate.indexOf(entry(current)), showable).orElse(current);
	}

	/**
	 * The first board of the rotation that can be shown, for a page whose address is no
	 * board of it (its position in the rotation is unknown); the first board when none
	 * can be shown, so the rotation goes on as soon as one comes back.
	 * @throws IllegalStateException without a rotation
	 */
	Scope first(Predicate<Scope> showable) {
		if (rotate.isEmpty()) {
			throw new IllegalStateException("no rotation");
		}
		return after(-1, showable).orElse(board(rotate.get(0)));
	}

	/**
	 * The next showable board after position {@code at} (-1: from the start), wrapping
	 * around.
	 */
	private java.util.Optional<Scope> after(int at, Predicate<Scope> showable) {
		for (int step = 1; step <= rotate.size(); step++) {
			Scope next = board(rotate.get(Math.floorMod(at + step, rotate.size())));
			if (next.equals(Scope.everything()) || showable.test(next)) {
				return java.util.Optional.of(next);
			}
		}
		return java.util.Optional.empty();
	}

	private static Scope board(String entry) {
		if (entry.equals(ALL)) {
			return Scope.everything();
		}
		return entry.startsWith(GROUP) ? Scope.group(Long.parseLong(entry.substring(GROUP.length())))
				: Scope.entity(Long.valueOf(entry));
	}

	/** How a board is written in {@code rotate=}. */
	private static String entry(Scope board) {
		if (board.isGroup()) {
			return GROUP + board.groupId();
		}
		return board.entityId() == null ? ALL : board.entityId().toString();
	}

	/**
	 * The query string of links, starting with '?' or empty; {@code withRotation} false
	 * for a chosen board.
	 */
	String query(boolean withRotation) {
		List<String> parts = new ArrayList<>();
		if (theme == ChartTheme.LIGHT) {
			parts.add("theme=light");
		}
		if (withRotation && !rotate.isEmpty()) {
			parts.add("rotate=" + String.join(",", rotate));
			if (interval != null) {
				parts.add("interval=" + interval);
			}
		}
		if (token != null) {
			parts.add("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	/** Identifies the rendered page for the cache. */
	String cacheKey() {
		return query(true);
	}

}
