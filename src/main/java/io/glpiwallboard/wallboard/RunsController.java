package io.glpiwallboard.wallboard;

import io.glpiwallboard.chart.ChartTheme;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /runs}: the sync history for the admin who wonders why the TV says "stale". */
@Controller
class RunsController {

	static final int SHOWN = 50;

	private final RunHistory history;

	private final BoardState state;

	RunsController(RunHistory history, BoardState state) {
		this.history = history;
		this.state = state;
	}

	@GetMapping("/runs")
	String runs(@RequestParam(required = false) String theme, Model model) {
		model.addAttribute("runs", history.latest(SHOWN));
		model.addAttribute("verdict", state.current().verdict());
		model.addAttribute("theme", ChartTheme.parse(theme).id());
		return "wallboard/runs";
	}

}
