package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The progress lines of a long sync (issue 7 §7: "10/7 pages", the same line twice). */
@ExtendWith(OutputCaptureExtension.class)
class SyncProgressTests {

	private static final Pattern PAGES = Pattern.compile(": (\\d+)/(\\d+|\\?) pages");

	@Test
	void neverShowsMorePagesDoneThanPlanned(CapturedOutput output) {
		// given: a plan of 7 pages for what takes 10
		SyncProgress progress = new SyncProgress("Full sync of 700 tickets", 7, Duration.ZERO);

		// when
		for (int i = 0; i < 10; i++) {
			progress.pageDone(70);
		}
		progress.finish();

		// then
		List<String> lines = progressLines(output);
		assertThat(lines).hasSize(11);
		for (String line : lines) {
			Matcher m = PAGES.matcher(line);
			if (m.find() && !m.group(2).equals("?")) {
				assertThat(Long.parseLong(m.group(1))).as(line).isLessThanOrEqualTo(Long.parseLong(m.group(2)));
			}
		}
		assertThat(lines.get(7)).contains(": 8/? pages, 560 tickets").doesNotContain("ETA");
		assertThat(lines.get(10)).contains("Full sync of 700 tickets: done, 10 pages, 700 tickets in");
	}

	@Test
	void followsAPlanThatChangesWhileItRuns(CapturedOutput output) {
		// given
		AtomicLong planned = new AtomicLong(2);
		SyncProgress progress = new SyncProgress("Full sync", planned::get, Duration.ZERO);

		// when
		progress.pageDone(10);
		planned.set(4);
		progress.pageDone(10);
		progress.pageDone(10);

		// then
		assertThat(progressLines(output))
			.extracting(l -> l.replaceFirst(".*Full sync: ", "").replaceFirst(", \\d+ tickets/s.*", ""))
			.containsExactly("1/2 pages, 10 tickets", "2/4 pages, 20 tickets", "3/4 pages, 30 tickets");
	}

	@Test
	void neverLogsTheSameLineTwiceInARow(CapturedOutput output) {
		// given
		SyncProgress progress = new SyncProgress("Changes since yesterday", 0, Duration.ZERO);

		// when
		progress.pageDone(100);
		progress.pageDone(100);
		progress.finish();

		// then
		List<String> lines = progressLines(output).stream().map(l -> l.replaceFirst("^.*SyncProgress - ", "")).toList();
		assertThat(lines).hasSize(3);
		for (int i = 1; i < lines.size(); i++) {
			assertThat(lines.get(i)).isNotEqualTo(lines.get(i - 1));
		}
	}

	@Test
	void aLongIntervalLogsOnlyTheSummary(CapturedOutput output) {
		// given
		SyncProgress progress = new SyncProgress("Full sync", 5, Duration.ofHours(1));

		// when
		progress.pageDone(100);
		progress.finish();

		// then
		assertThat(progressLines(output)).singleElement().asString().contains("Full sync: done, 1 pages, 100 tickets");
	}

	private static List<String> progressLines(CapturedOutput output) {
		return output.getOut().lines().filter(l -> l.contains("SyncProgress")).toList();
	}

}
