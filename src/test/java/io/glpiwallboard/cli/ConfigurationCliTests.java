package io.glpiwallboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.glpiwallboard.cli.CommandLine.Result;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings that cannot work stop {@code run} before it touches anything: exit code 2 and one line
 * naming the setting and the value as it was written.
 */
class ConfigurationCliTests {

	private static final AtomicInteger databases = new AtomicInteger();

	@ParameterizedTest(name = "{0}={1} is refused")
	@CsvSource(delimiter = '|', value = {
			// a negative or zero overlap makes refresh silently miss changes
			"sync.overlap                   | -1h",
			"sync.overlap                   | 0s",
			"sync.progress-interval         | -1s",
			"glpi.url                       | ftp://glpi.example.org/api.php",
			"glpi.url                       | https://glpi.example.org/index.php",
			"glpi.url                       | https://glpi.example.org/api.php?x=1",
			"glpi.connect-timeout           | -5s",
			"glpi.request-timeout           | 0s",
			"glpi.request-timeout           | 3d",
			"glpi.retry.initial-backoff     | -1s",
			"glpi.retry.max-backoff         | 0ms",
			"glpi.retry.max-elapsed         | -1m",
			"glpi.entity                    | -3",
			"wallboard.stale-after          | 0m",
			"wallboard.stale-after-off-hours | 400d",
			"wallboard.working-hours        | 20:00-07:00",
			"wallboard.working-hours        | 25:00-26:00",
			"wallboard.working-days         | MONDAY...FRIDAY",
			"wallboard.working-days         | Funday",
			"report.mail.initial-backoff    | -1s",
			"schedule.refresh               | every 10 minutes",
			"wallboard.time-zone            | Mars/Olympus" })
	void aSettingThatCannotWorkIsRefusedWithItsNameAndValue(String property, String value) {
		// when
		Result result = run("--" + property + "=" + value);

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.CONFIGURATION);
		assertThat(result.errorLine()).startsWith("glpi-wallboard: error: invalid configuration")
			.contains(property)
			.contains("'" + value + "'");
	}

	@ParameterizedTest(name = "a password in {0} is not printed")
	@CsvSource({ "ftp://svc:Sup3r-S3cret@glpi.example.org/api.php" })
	void aPasswordWrittenIntoARefusedUrlIsNotPrinted(String url) {
		// when
		Result result = run("--glpi.url=" + url);

		// then
		assertThat(result.code()).isEqualTo(ExitCode.CONFIGURATION);
		assertThat(result.errorLine()).contains("glpi.url").contains("ftp://***@glpi.example.org/api.php")
			.doesNotContain("Sup3r-S3cret");
	}

	private Result run(String... args) {
		List<String> all = new ArrayList<>(List.of("run"));
		all.addAll(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:mem:configuration-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
		all.add("--report.dir=target/test-reports/configuration");
		return CommandLine.run(all.toArray(String[]::new));
	}

}
