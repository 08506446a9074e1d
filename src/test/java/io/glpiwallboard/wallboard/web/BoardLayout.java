package io.glpiwallboard.wallboard.web;

import java.io.File;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a TV must never show, measured in the browser: a page that scrolls, a panel or
 * tile whose content runs out of it, a cut label or heading, a number wider than its
 * column, a list row cut in two or drawn over another, or a "+N more" line that falls off
 * its list.
 */
final class BoardLayout {

	/**
	 * A "fit" list's row is either wholly inside the list's box or wholly out of sight
	 * (wrapped to the right of it); the rows shown do not overlap, their content stays
	 * inside them, and the "more" line under the last one shown is inside the box.
	 */
	private static final String MEASURE = """
			var d = document.documentElement, out = {sw: d.scrollWidth, sh: d.scrollHeight, w: window.innerWidth, h: window.innerHeight};
			out.clipped = Array.from(document.querySelectorAll('.panel, .kpi')).filter(p => p.scrollHeight > p.clientHeight + 1)
				.map(p => p.className).join(' | ');
			out.cutText = Array.from(document.querySelectorAll('.kpi .label, .panel h2')).filter(t => t.scrollWidth > t.clientWidth + 1)
				.map(t => t.textContent).join(' | ');
			out.cutNumbers = Array.from(document.querySelectorAll('.kpi .value, .bars .count, .team-list .late, .tickets .age, .tickets .id'))
				.filter(n => n.getClientRects().length > 0 && n.scrollWidth > n.clientWidth + 1).map(n => n.textContent.trim()).join(' | ');
			var cutRows = [], overlaps = [], shownRows = 0;
			document.querySelectorAll('.fit').forEach(list => {
				var box = list.getBoundingClientRect(), shown = [];
				Array.from(list.children).forEach(li => {
					var r = li.getBoundingClientRect();
					var inside = r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
					var outside = r.left >= box.right - 1 || r.top >= box.bottom - 1;
					var what = list.parentElement.classList[1] + ': ' + li.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50);
					if (!inside && !outside) { cutRows.push(what); }
					if (inside) {
						shown.push(r);
						Array.from(li.children).filter(c => !c.classList.contains('more') && c.getClientRects().length > 0).forEach(c => {
							var cr = c.getBoundingClientRect();
							if (cr.bottom > r.bottom + 1 || cr.top < r.top - 1) { overlaps.push(what + ' (its text is taller than the row)'); }
						});
						var more = li.querySelector(':scope > .more');
						if (more && li === Array.from(list.children).filter(x => x.getBoundingClientRect().left < box.right - 1).pop()
								&& more.getBoundingClientRect().bottom > box.bottom + 1) {
							cutRows.push(what + ' (its "more" line)');
						}
					}
				});
				for (var i = 1; i < shown.length; i++) {
					if (shown[i].top < shown[i - 1].bottom - 1) { overlaps.push(list.parentElement.classList[1] + ' row ' + (i + 1)); }
				}
				shownRows += shown.length;
			});
			out.cutRows = cutRows.join(' | ');
			out.overlaps = overlaps.join(' | ');
			out.shownRows = shownRows;
			return out;""";

	private BoardLayout() {
	}

	/**
	 * Debian's headless Chromium, its clock pinned to {@code now}
	 * ({@link #pinBrowserClock}).
	 * @throws java.io.IOException when its profile folder cannot be made
	 */
	static ChromeDriver startBrowser(Instant now) throws java.io.IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("board-chromium"));
		ChromeDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(),
				options);
		pinBrowserClock(browser, now);
		return browser;
	}

	/** Exactly the TV's viewport: a window size would include the browser's own frame. */
	static void viewport(WebDriver browser, Dimension size) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Shows {@code url} at {@code size} and waits for its chart, if any. */
	static void show(WebDriver browser, String url, Dimension size) {
		viewport(browser, size);
		browser.get(url);
		((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "var img = document.querySelector('img'); if (!img || img.complete) { done(); } else { img.onload = done; img.onerror = done; }");
	}

	/**
	 * Pins the browser's {@code Date.now()} to {@code now} (then running on), for every
	 * page opened from then on: the static board compares it with its data's time to
	 * raise its stale banner, so a test that pins the product's clock must pin the
	 * browser's too.
	 */
	static void pinBrowserClock(WebDriver browser, Instant now) {
		((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "(function () { var base = " + now.toEpochMilli() + ", start = performance.now();"
						+ " Date.now = function () { return base + Math.floor(performance.now() - start); }; })();"));
	}

	/**
	 * Asserts all of the above for the page shown at {@code size}; returns the measures.
	 */
	static Map<String, Object> check(WebDriver browser, Dimension size) {
		@SuppressWarnings("unchecked")
		Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(MEASURE);
		assertThat(((Number) m.get("w")).intValue()).as("viewport width").isEqualTo(size.width);
		assertThat(((Number) m.get("h")).intValue()).as("viewport height").isEqualTo(size.height);
		assertThat(((Number) m.get("sh")).intValue()).as("page height").isLessThanOrEqualTo(size.height);
		assertThat(((Number) m.get("sw")).intValue()).as("page width").isLessThanOrEqualTo(size.width);
		assertThat(String.valueOf(m.get("clipped"))).as("panels whose content overflows at %s", size).isEmpty();
		assertThat(String.valueOf(m.get("cutText"))).as("labels and headings cut off at %s", size).isEmpty();
		assertThat(String.valueOf(m.get("cutNumbers"))).as("numbers wider than their column at %s", size).isEmpty();
		assertThat(String.valueOf(m.get("cutRows"))).as("list rows cut in two at %s", size).isEmpty();
		assertThat(String.valueOf(m.get("overlaps"))).as("list rows drawn over each other at %s", size).isEmpty();
		return m;
	}

}
