package io.glpiwallboard.schedule;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.glpiwallboard.cli.ExitCode;
import io.glpiwallboard.cli.Cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} or {@code refresh} started by cron or a systemd timer while {@code serve}
 * holds the database must stop at once with a clear message, and leave the data alone.
 */
class SecondProcessTests {

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES) // a hung child process must fail the
													// build, not stall it
	void aRunStartedWhileAnotherProcessHoldsTheDatabaseStopsAtOnceWithAClearMessage() throws Exception {
		// given: another process has the database open, as 'serve' does
		String url = "jdbc:h2:file:" + Path.of("target/test-db/second-process").toAbsolutePath()
				+ ";TRACE_LEVEL_FILE=0";
		Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), HoldDatabase.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).isEqualTo("ready");
			ByteArrayOutputStream stderr = new ByteArrayOutputStream();
			PrintStream original = System.err;
			int code;
			// when
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			try {
				// complete settings: incomplete ones would stop the run before it opens
				// the database
				code = Cli.run(new String[] { "run", "--spring.datasource.url=" + url,
						"--glpi.url=http://127.0.0.1:9/api.php", "--glpi.client-id=c", "--glpi.client-secret=s",
						"--glpi.username=u", "--glpi.password=p" });
			}
			finally {
				System.setErr(original);
			}
			// then
			assertThat(code).isEqualTo(ExitCode.BUSY);
			assertThat(stderr.toString(StandardCharsets.UTF_8).strip()).startsWith(
					"glpi-wallboard: error: the database is in use by another glpi-wallboard process (is 'serve' running?)")
				.doesNotContain("\tat ");
			assertThat(serve.isAlive()).isTrue();
		}
		finally {
			serve.getOutputStream().close();
			if (!serve.waitFor(10, TimeUnit.SECONDS)) {
				serve.destroyForcibly();
			}
		}
	}

}
