package io.glpiwallboard.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.glpiwallboard.WallboardApplication;
import io.glpiwallboard.sync.SyncBusyException;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: picks the command, starts Spring accordingly and turns every expected
 * failure into one line on stderr and a non-zero exit code.
 */
public final class Cli {

	/** Returned by {@link #run} when the application keeps serving after the call. */
	public static final int KEEP_RUNNING = -1;

	private Cli() {
	}

	public static void main(String[] args) {
		int code = run(args);
		if (code != KEEP_RUNNING) {
			System.exit(code);
		}
	}

	public static int run(String[] args) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		Optional<String> word = rest.stream().filter(a -> !a.startsWith("-")).findFirst();
		if (word.isEmpty() || word.get().equals("help") || rest.contains("--help") || rest.contains("-h")) {
			System.out.println(Command.usage());
			return word.isEmpty() ? 2 : 0;
		}
		rest.remove(word.get());
		Optional<Command> command = Command.parse(word.get());
		if (command.isEmpty()) {
			System.err.println("glpi-wallboard: unknown command '" + word.get() + "'\n" + Command.usage());
			return 2;
		}
		String[] springArgs = rest.toArray(String[]::new);
		try {
			return switch (command.get()) {
				case RUN -> oneShot(SyncMode.FULL, springArgs);
				case REFRESH -> oneShot(SyncMode.INCREMENTAL, springArgs);
				case SERVE -> serve(springArgs) == null ? 1 : KEEP_RUNNING;
				case DEMO -> DemoCommand.run(springArgs);
				case SIMULATOR -> DemoCommand.simulatorOnly(springArgs);
			};
		}
		catch (SyncBusyException busy) {
			return fail(SyncService.ExitCode.BUSY, busy.getMessage());
		}
		catch (StartupFailedException failed) {
			int code = StartupFailures.isDatabaseInUse(failed) ? SyncService.ExitCode.BUSY : SyncService.ExitCode.CONFIGURATION;
			return fail(code, failed.getMessage());
		}
	}

	static int oneShot(SyncMode mode, String[] args) {
		boolean force = Arrays.asList(args).contains("--force");
		String[] springArgs = Arrays.stream(args).filter(a -> !a.equals("--force")).toArray(String[]::new);
		ConfigurableApplicationContext context = start(WebApplicationType.NONE, false, Map.of(), springArgs);
		try {
			SyncOutcome outcome = context.getBean(SyncService.class).run(mode, force);
			if (outcome.success()) {
				System.out.println("glpi-wallboard: " + outcome.message());
				return 0;
			}
			return fail(outcome.exitCode(), outcome.message());
		}
		finally {
			context.close();
		}
	}

	static ConfigurableApplicationContext serve(String[] args) {
		return serve(Map.of(), args);
	}

	static ConfigurableApplicationContext serve(Map<String, Object> overrides, String[] args) {
		return start(WebApplicationType.SERVLET, true, overrides, args);
	}

	/**
	 * @param overrides properties that win over every other source (the demo's simulator settings)
	 */
	static ConfigurableApplicationContext start(WebApplicationType type, boolean scheduling, Map<String, Object> overrides,
			String[] args) {
		SpringApplication app = new SpringApplication(WallboardApplication.class);
		app.setWebApplicationType(type);
		app.setDefaultProperties(Map.of("schedule.enabled", Boolean.toString(scheduling)));
		List<String> all = new ArrayList<>(Arrays.asList(args));
		if (!scheduling) {
			all.add("--schedule.enabled=false");
		}
		overrides.forEach((k, v) -> all.add("--" + k + "=" + v));
		try {
			return app.run(all.toArray(String[]::new));
		}
		catch (RuntimeException e) {
			throw new StartupFailedException(StartupFailures.describe(e), e);
		}
	}

	static int fail(int code, String message) {
		System.err.println("glpi-wallboard: error: " + message);
		return code;
	}

	/** Spring could not start; the message is already one readable line. */
	static final class StartupFailedException extends RuntimeException {

		StartupFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
