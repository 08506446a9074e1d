package io.glpiwallboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM and keeps what it printed. */
final class CommandLine {

	private CommandLine() {
	}

	static Result run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int code = Cli.run(args);
			return new Result(code, outBytes.toString(StandardCharsets.UTF_8),
					errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	record Result(int code, String out, String err) {

		/**
		 * Expected failures print exactly one line on stderr, and no stack trace
		 * anywhere.
		 */
		String errorLine() {
			List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
			assertThat(lines).as("stderr: " + err).hasSize(1);
			assertThat(out + err).doesNotContain("\tat ").doesNotContain("Exception in thread");
			return lines.get(0);
		}

	}

}
