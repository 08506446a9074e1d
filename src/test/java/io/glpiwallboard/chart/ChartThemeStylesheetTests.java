package io.glpiwallboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The board's stylesheet and the chart drawn on it use one palette: the chart's
 * background is the panel it sits on (no box around the image on a TV), its grid the
 * panels' lines, and its series the board's accent, warning and success colours.
 */
class ChartThemeStylesheetTests {

	private static final Pattern BLOCK = Pattern.compile("(?m)^(:root|\\.light)\\s*\\{([^}]*)\\}");

	private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*#([0-9a-fA-F]{6})\\s*;");

	@ParameterizedTest(name = "{0} theme")
	@CsvSource({ "DARK, :root", "LIGHT, .light" })
	void eachBoardThemesChartColoursAreTheStylesheetsColours(ChartTheme theme, String selector) throws IOException {
		// given
		Map<String, Color> css = variables(selector);

		// then
		assertThat(hex(theme.background)).as("background = --panel").isEqualTo(hex(css.get("panel")));
		assertThat(hex(theme.grid)).as("grid = --line").isEqualTo(hex(css.get("line")));
		assertThat(hex(theme.open)).as("open tickets = --accent").isEqualTo(hex(css.get("accent")));
		assertThat(hex(theme.opened)).as("opened = --warn").isEqualTo(hex(css.get("warn")));
		assertThat(hex(theme.solved)).as("solved = --ok").isEqualTo(hex(css.get("ok")));
	}

	/**
	 * The {@code --name: #rrggbb} variables the stylesheet sets in {@code selector}'s
	 * block.
	 */
	private static Map<String, Color> variables(String selector) throws IOException {
		String stylesheet;
		try (InputStream in = new ClassPathResource("static/css/board.css").getInputStream()) {
			stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher block = BLOCK.matcher(stylesheet);
		while (block.find()) {
			if (block.group(1).equals(selector)) {
				Map<String, Color> colours = new HashMap<>();
				Matcher variable = VARIABLE.matcher(block.group(2));
				while (variable.find()) {
					colours.put(variable.group(1), new Color(Integer.parseInt(variable.group(2), 16)));
				}
				assertThat(colours).as(selector + "'s colours").containsKeys("panel", "line", "accent", "warn", "ok");
				return colours;
			}
		}
		throw new AssertionError("board.css has no " + selector + " block");
	}

	private static String hex(Color colour) {
		return String.format("#%06x", colour.getRGB() & 0xffffff);
	}

}
