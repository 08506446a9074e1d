package io.glpiwallboard.wallboard.view;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.system.TimeZoneProperties;
import io.glpiwallboard.wallboard.BoardProperties;
import io.glpiwallboard.wallboard.Freshness;
import io.glpiwallboard.wallboard.WallboardProperties;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders the board's templates to strings, outside any request, so pages can be cached
 * and the same template can be written to files for the static board.
 */
@Component
public class BoardRenderer {

	private static final DateTimeFormatter DAY_HH_MM = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private final ITemplateEngine engine;

	private final WallboardProperties wallboard;

	private final TimeZoneProperties timeZone;

	private final BoardProperties board;

	public BoardRenderer(ITemplateEngine engine, WallboardProperties wallboard, TimeZoneProperties timeZone,
			BoardProperties board) {
		this.engine = engine;
		this.wallboard = wallboard;
		this.timeZone = timeZone;
		this.board = board;
	}

	public String board(BoardView view, Freshness.Verdict verdict, BoardLinks links, ChartTheme theme,
			boolean staticBoard) {
		String asOfText = asOfText(view.asOf());
		PageContext page = new PageContext(theme.id(), asOfText,
				view.asOf().truncatedTo(ChronoUnit.SECONDS).atZone(timeZone.zone()).toOffsetDateTime().toString(),
				view.asOf().toEpochMilli(), verdict.stale(), verdict.reason(), staticStaleAfter().toMillis(),
				staticBoard, board.trendDays());
		return engine.process("wallboard/board",
				new Context(Locale.ENGLISH, Map.of("view", view, "page", page, "links", links)));
	}

	public String noData(Freshness.Verdict verdict, BoardLinks links, ChartTheme theme) {
		PageContext page = new PageContext(theme.id(), "", "", 0, true,
				verdict.reason() == null ? "No successful sync yet" : verdict.reason(), 0, false, board.trendDays());
		return engine.process("wallboard/nodata",
				new Context(Locale.ENGLISH, Map.of("page", page, "links", links, "title", board.title())));
	}

	/**
	 * A page saying why there is no board, in the board's style. It reloads itself like a
	 * board, so a TV that lands on it recovers without a keyboard.
	 * @param home a link back to the whole board, or null
	 * @param reload where and when the page goes next
	 */
	public String message(int status, String headline, String detail, ChartTheme theme, String home, Reload reload) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("status", status);
		context.setVariable("headline", headline);
		context.setVariable("detail", detail);
		context.setVariable("theme", theme.id());
		context.setVariable("css", "/css/board.css");
		context.setVariable("home", home);
		context.setVariable("reload", reload);
		return engine.process("wallboard/message", context);
	}

	/**
	 * A message among the static board's files: relative links, no status code to show.
	 * @param css the stylesheet's file name, relative to the page
	 * @param home the whole board's file name, relative to the page
	 */
	public String staticMessage(String headline, String detail, String css, String home, Reload reload) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("headline", headline);
		context.setVariable("detail", detail);
		context.setVariable("theme", ChartTheme.DARK.id());
		context.setVariable("css", css);
		context.setVariable("home", home);
		context.setVariable("reload", reload);
		return engine.process("wallboard/message", context);
	}

	/**
	 * The date with the time, always: a TV showing "14:32" alone cannot tell today's data
	 * from last Friday's.
	 */
	String asOfText(Instant asOf) {
		return DAY_HH_MM.format(asOf.atZone(timeZone.zone()));
	}

	/**
	 * The static board cannot ask the server, so it checks the one threshold that holds
	 * whatever the hour: a board published by a nightly {@code run} is legitimately hours
	 * old during the day.
	 */
	private Duration staticStaleAfter() {
		return wallboard.staleAfterOffHours();
	}

}
