package io.glpiwallboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.glpiwallboard.cli.CommandLine.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings that cannot work stop {@code run} before it touches anything: exit code 2 and
 * one line naming the setting and the value as it was written.
 */
class ConfigurationCliTests {

	private static final AtomicInteger databases = new AtomicInteger();

	private static final String URL_RULE = "must be one http or https URL ending in /api.php, without user name, password or query, "
			+ "e.g. https://glpi.example.org/api.php";

	@ParameterizedTest(name = "{0}={1} is refused")
	@CsvSource(delimiter = '|', value = {
			// a negative or zero overlap makes refresh silently miss changes
			"sync.overlap                   | -1h", "sync.overlap                   | 0s",
			"sync.progress-interval         | -1s", "glpi.url                       | ftp://glpi.example.org/api.php",
			"glpi.url                       | https://glpi.example.org/index.php",
			"glpi.url                       | https://glpi.example.org/api.php?x=1",
			"glpi.connect-timeout           | -5s", "glpi.request-timeout           | 0s",
			"glpi.request-timeout           | 3d", "glpi.retry.initial-backoff     | -1s",
			"glpi.retry.max-backoff         | 0ms", "glpi.retry.max-elapsed         | -1m",
			"glpi.entity                    | -3", "wallboard.stale-after          | 0m",
			"wallboard.stale-after-off-hours | 400d", "wallboard.working-hours        | 20:00-07:00",
			"wallboard.working-hours        | 25:00-26:00", "wallboard.working-days         | MONDAY...FRIDAY",
			"wallboard.working-days         | Funday", "report.mail.initial-backoff    | -1s",
			"schedule.refresh               | every 10 minutes", "wallboard.time-zone            | Mars/Olympus" })
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
		assertThat(result.errorLine()).contains("glpi.url")
			.contains("ftp://***@glpi.example.org/api.php")
			.doesNotContain("Sup3r-S3cret");
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource(delimiter = '|', value = {
			"--glpi.usrname=x                        | unknown setting glpi.usrname (did you mean glpi.username?)",
			"--wallboard.time-zome=Asia/Tokyo        | unknown setting wallboard.time-zome (did you mean wallboard.time-zone?)",
			"--wallboard.tz=Asia/Tokyo               | unknown setting wallboard.tz (README.md, \"Configuration\", lists the settings)",
			"--wallboard.board.themes=x              | unknown setting wallboard.board.themes (README.md, \"Configuration\", lists the settings)",
			"--report.recipients[1].tto=a@example.org | unknown setting report.recipients[1].tto (did you mean report.recipients[1].to?)",
			"--wallboard.working-days.first=MONDAY   | unknown setting wallboard.working-days.first (README.md, \"Configuration\", lists the settings)",
			"--sync.overlaps=5m                      | unknown setting sync.overlaps (did you mean sync.overlap?)",
			"--schedule.nigthly=0 0 3 * * *          | unknown setting schedule.nigthly (did you mean schedule.nightly?)" })
	void aMisspelledSettingIsRefusedWithTheClosestKnownOneBeforeAnyDatabaseFileExists(String argument, String message) {
		// when
		Path database = newDatabase();
		Result result = runOn(database, argument);

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.CONFIGURATION);
		assertThat(result.errorLine()).isEqualTo("glpi-wallboard: error: " + message);
		assertNoDatabaseFile(database);
	}

	@Test
	void aMisspelledSettingInAConfigurationFileOrASystemPropertyIsRefusedToo() throws Exception {
		// given
		Path file = Files.createDirectories(Path.of("target/test-config")).resolve("misspelled.yml");
		Files.writeString(file, "wallboard:\n  board:\n    tresholds:\n      open:\n        alert: 40\n");

		// when
		Path database = newDatabase();
		Result fromFile = runOn(database, "--spring.config.additional-location=file:" + file.toAbsolutePath());
		System.setProperty("glpi.page-sise", "100");
		Result fromSystemProperty;
		try {
			fromSystemProperty = runOn(database);
		}
		finally {
			System.clearProperty("glpi.page-sise");
		}

		// then
		assertThat(fromFile.code()).isEqualTo(ExitCode.CONFIGURATION);
		assertThat(fromFile.errorLine()).isEqualTo(
				"glpi-wallboard: error: unknown setting wallboard.board.tresholds.open.alert (did you mean wallboard.board.thresholds.open.alert?)");
		assertThat(fromSystemProperty.errorLine())
			.isEqualTo("glpi-wallboard: error: unknown setting glpi.page-sise (did you mean glpi.page-size?)");
		assertNoDatabaseFile(database);
	}

	@Test
	void settingsWrittenInAnyOfSpringsFormsAndListEntriesAreKnown() {
		// when: every setting is known (Spring binds wallboard.timezone and
		// glpi.requestTimeout to
		// wallboard.time-zone and glpi.request-timeout), so the run goes on to the
		// missing GLPI connection
		Path database = newDatabase();
		Result result = runOn(database, "--glpi.requestTimeout=30s", "--GLPI.PAGE_SIZE=100",
				"--report.recipients[0].to=a@example.org", "--report.recipients[0].group=3",
				"--report.recipients[1].to[0]=b@example.org", "--wallboard.working-days[0]=MONDAY",
				"--wallboard.board.thresholds.due-soon.alert=4", "--sync.overlap=5m", "--wallboard.timezone=UTC");

		// then
		assertThat(result.code()).isEqualTo(ExitCode.CONFIGURATION);
		assertThat(result.errorLine()).contains("GLPI connection is not configured").doesNotContain("unknown setting");
	}

	@Test
	void aUserNameAndPasswordInTheGlpiUrlAreRefusedWithoutShowingThePassword() {
		assertRefusedBeforeAnyDatabaseFile(new String[] { "--glpi.url=http://user:pw-S3cret@127.0.0.1:18741/api.php" },
				"invalid configuration: glpi.url " + URL_RULE + " (got 'http://***@127.0.0.1:18741/api.php')");
	}

	@Test
	void theGlpiUrlGivenTwiceIsRefusedRatherThanJoined() {
		assertRefusedBeforeAnyDatabaseFile(
				new String[] { "--glpi.url=https://a.example.org/api.php",
						"--glpi.url=http://u:pw-S3cret@b.example.org/api.php" },
				"invalid configuration: glpi.url " + URL_RULE
						+ " (got 'https://a.example.org/api.php,http://***@b.example.org/api.php')");
	}

	@Test
	void anApiVersionGlpiCannotOfferIsRefusedBeforeAnyDatabaseFileExists() {
		assertRefusedBeforeAnyDatabaseFile(new String[] { "--glpi.api-version=v9" },
				"invalid configuration: glpi.api-version must be a version of GLPI's API v2 from v2.1 on, e.g. v2.2 (got 'v9')");
	}

	@Test
	void anEmptyValueForASettingWithADefaultIsRefused() {
		assertRefusedBeforeAnyDatabaseFile(new String[] { "--glpi.request-timeout=" },
				"invalid configuration value for 'glpi.request-timeout' (got ''): remove the setting to keep the default (120s)");
	}

	@Test
	void aNegativeThresholdIsRefused() {
		assertRefusedBeforeAnyDatabaseFile(new String[] { "--wallboard.board.thresholds.open.alert=-3" },
				"invalid configuration: wallboard.board.thresholds.open.alert must be greater than or equal to 0 (got '-3')");
	}

	/**
	 * With complete GLPI settings, so nothing but the setting under test can stop the
	 * run.
	 */
	private void assertRefusedBeforeAnyDatabaseFile(String[] settings, String line) {
		// given
		List<String> args = new ArrayList<>(
				List.of("--glpi.client-id=c", "--glpi.client-secret=s", "--glpi.username=u", "--glpi.password=p"));
		if (Stream.of(settings).noneMatch(s -> s.startsWith("--glpi.url="))) {
			args.add("--glpi.url=http://127.0.0.1:9/api.php");
		}
		args.addAll(List.of(settings));
		Path database = newDatabase();

		// when
		Result result = runOn(database, args.toArray(String[]::new));

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.CONFIGURATION);
		assertThat(result.errorLine()).isEqualTo("glpi-wallboard: error: " + line);
		assertNoDatabaseFile(database);
	}

	private Path newDatabase() {
		return Path.of("target/test-config/db-" + databases.incrementAndGet()).toAbsolutePath();
	}

	private Result runOn(Path database, String... args) {
		List<String> all = new ArrayList<>(List.of("run"));
		all.addAll(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:file:" + database);
		all.add("--report.dir=target/test-reports/configuration");
		return CommandLine.run(all.toArray(String[]::new));
	}

	private static void assertNoDatabaseFile(Path database) {
		assertThat(database.resolveSibling(database.getFileName() + ".mv.db")).as("database file").doesNotExist();
	}

	private Result run(String... args) {
		List<String> all = new ArrayList<>(List.of("run"));
		all.addAll(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:mem:configuration-" + databases.incrementAndGet()
				+ ";DB_CLOSE_DELAY=-1");
		all.add("--report.dir=target/test-reports/configuration");
		return CommandLine.run(all.toArray(String[]::new));
	}

}
