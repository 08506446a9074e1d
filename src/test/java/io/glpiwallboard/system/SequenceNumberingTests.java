package io.glpiwallboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Run numbers on {@code /runs} go on from where they were after a crash, instead of
 * jumping by 32.
 */
class SequenceNumberingTests {

	private static final String[] SEQUENCES = { "BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ",
			"BATCH_STEP_EXECUTION_SEQ", "sync_run_seq" };

	@Test
	void aKilledProcessLeavesNoGapInTheNumbers() throws Exception {
		// given: the product's schema in a file database
		Path dir = Path.of("target/test-db/sequences-" + ProcessHandle.current().pid());
		FileSystemUtils.deleteRecursively(dir);
		String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("wallboard") + ";TRACE_LEVEL_FILE=0";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

		// when: a process takes numbers and is killed (kill -9)
		Map<String, Long> taken = new LinkedHashMap<>();
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), TakeSequenceValues.class.getName(), url,
				String.join(",", SEQUENCES))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			assertThat(line).as("the numbers taken").isNotNull();
			for (String pair : line.split(" ")) {
				taken.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
			}
		}
		finally {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}

		// then: the next number of each sequence follows the last one taken
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			for (String sequence : SEQUENCES) {
				try (ResultSet rows = connection.createStatement().executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
					rows.next();
					assertThat(rows.getLong(1)).as(sequence).isEqualTo(taken.get(sequence) + 1);
				}
			}
		}
	}

}
