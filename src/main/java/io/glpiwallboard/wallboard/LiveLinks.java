package io.glpiwallboard.wallboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.LongPredicate;

/** Links of the board served by {@code serve}: options (theme, rotation, token) travel along. */
final class LiveLinks implements BoardLinks {

	private final BoardOptions options;

	private final Long entityId;

	private final Instant asOf;

	private final int refreshSeconds;

	private final LongPredicate showable;

	/** @param showable which entity boards exist now; a rotation skips the others */
	LiveLinks(BoardOptions options, Long entityId, Instant asOf, int refreshSeconds, LongPredicate showable) {
		this.options = options;
		this.entityId = entityId;
		this.asOf = asOf;
		this.refreshSeconds = refreshSeconds;
		this.showable = showable;
	}

	static String path(Long entityId) {
		return entityId == null ? "/" : "/board/" + entityId;
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
		return "/charts/trend.png?" + (entityId == null ? "" : "entity=" + entityId + "&") + "theme="
				+ options.theme().id() + "&v=" + (asOf == null ? 0 : asOf.toEpochMilli()) + token;
	}

	@Override
	public String board(long id) {
		return path(id) + options.query(false);
	}

	@Override
	public String next() {
		return path(options.next(entityId, showable)) + options.query(true);
	}

	@Override
	public int refreshSeconds() {
		return options.period(refreshSeconds);
	}

}
