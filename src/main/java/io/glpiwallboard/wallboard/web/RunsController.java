package io.glpiwallboard.wallboard.web;

import io.glpiwallboard.wallboard.LatestSnapshot;
import io.glpiwallboard.wallboard.WallboardProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /runs}: the sync history for the admin who wonders why the TV says "stale". It
 * reloads itself like the board (every {@code wallboard.refresh-seconds}), keeping its
 * theme and token, so it can be left open on a screen.
 */
@Controller
class RunsController {

	static final int SHOWN = 50;

	private final RunHistory history;

	private final LatestSnapshot state;

	private final WallboardProperties wallboard;

	RunsController(RunHistory history, LatestSnapshot state, WallboardProperties wallboard) {
		this.history = history;
		this.state = state;
		this.wallboard = wallboard;
	}

	@GetMapping("/runs")
	String runs(@RequestParam(required = false) String theme, @RequestParam(required = false) String token,
			Model model) {
		BoardOptions options = BoardOptions.parse(theme, null, null, token);
		model.addAttribute("runs", history.latest(SHOWN));
		model.addAttribute("zone", history.zone());
		model.addAttribute("verdict", state.current().verdict());
		model.addAttribute("theme", options.theme().id());
		model.addAttribute("refresh", wallboard.refreshSeconds() + "; url=/runs" + options.query(false));
		return "wallboard/runs";
	}

}
