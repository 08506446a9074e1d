package io.glpiwallboard.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.glpiwallboard.WallboardApplication;
import io.glpiwallboard.glpi.GlpiConfigurationException;
import io.glpiwallboard.glpi.GlpiProperties;
import io.glpiwallboard.sync.SyncBusyException;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.system.DatabaseFile;
import io.glpiwallboard.system.StorageFailure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The command line: picks the command, starts Spring accordingly and turns every expected
 * failure into one line on stderr and a non-zero exit code.
 */
public final class Cli {

	private static final Logger log = LoggerFactory.getLogger(Cli.class);

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
		if (rest.contains("--help") || rest.contains("-h") || word.filter("help"::equals).isPresent()) {
			System.out.println(Command.usage());
			return 0;
		}
		if (rest.contains("--version")) {
			System.out.println("glpi-wallboard " + Version.current());
			return 0;
		}
		if (word.isEmpty()) {
			System.err.println(Command.usage());
			return 2;
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
			return fail(ExitCode.BUSY, busy.getMessage());
		}
		catch (StartupFailedException failed) {
			return fail(StartupFailures.exitCode(failed), failed.getMessage());
		}
	}

	static int oneShot(SyncMode mode, String[] args) {
		boolean force = Arrays.asList(args).contains("--force");
		String[] springArgs = Arrays.stream(args).filter(a -> !a.equals("--force")).toArray(String[]::new);
		ConfigurableApplicationContext context = start(WebApplicationType.NONE, false, Map.of(), springArgs);
		String database = DatabaseFile.of(context.getEnvironment().getProperty("spring.datasource.url"));
		int code;
		try {
			SyncOutcome outcome = context.getBean(SyncService.class).run(mode, force);
			if (outcome.success()) {
				System.out.println("glpi-wallboard: " + outcome.message());
				code = 0;
			}
			else {
				code = fail(ExitCode.of(outcome), outcome.message());
			}
		}
		catch (SyncBusyException e) {
			context.close();
			throw e;
		}
		catch (RuntimeException e) {
			code = storageFailure(e, database);
		}
		try {
			context.close();
		}
		catch (RuntimeException e) {
			// a database that failed under the run may fail its shutdown too: that is
			// already said
			if (code == 0) {
				code = storageFailure(e, database);
			}
		}
		return code;
	}

	/**
	 * One line and exit code 8 for a storage failure; anything else is a bug and keeps
	 * its stack trace.
	 */
	private static int storageFailure(RuntimeException e, String database) {
		Optional<StorageFailure> storage = StorageFailure.find(e);
		if (storage.isEmpty()) {
			throw e;
		}
		return fail(ExitCode.STORAGE, storage.get().describe(database));
	}

	static ConfigurableApplicationContext serve(String[] args) {
		return serve(Map.of(), args);
	}

	static ConfigurableApplicationContext serve(Map<String, Object> overrides, String[] args) {
		ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, true, overrides, args);
		log.info("glpi-wallboard: serving the board at {}{}", boardUrl(context.getEnvironment()),
				context.getEnvironment().getProperty("wallboard.access-token", "").isBlank() ? ""
						: " (add ?token=... to it: wallboard.access-token is set)");
		return context;
	}

	/**
	 * Where a browser on this machine finds the board, e.g.
	 * {@code http://localhost:8080/}.
	 */
	static String boardUrl(Environment env) {
		String address = env.getProperty("server.address", "");
		String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost"
				: address.contains(":") ? "[" + address + "]" : address;
		String path = env.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
		return "http://" + host + ":" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"))
				+ path + "/";
	}

	/**
	 * Validates the whole configuration first ({@link ConfigurationCheck}), so that a
	 * mistake fails fast and before any database file exists; then starts Spring.
	 * @param scheduling true for {@code serve} and {@code demo}, which start without GLPI
	 * settings (and say so); false for the one-shot commands, which cannot do anything
	 * without them
	 * @param overrides properties that win over every other source (the demo's simulator
	 * settings)
	 */
	static ConfigurableApplicationContext start(WebApplicationType type, boolean scheduling,
			Map<String, Object> overrides, String[] args) {
		Map<String, Object> defaults = Map.of("schedule.enabled", Boolean.toString(scheduling));
		List<String> all = new ArrayList<>(Arrays.asList(args));
		if (!scheduling) {
			all.add("--schedule.enabled=false");
		}
		overrides.forEach((k, v) -> all.add("--" + k + "=" + v));
		String[] allArgs = all.toArray(String[]::new);
		String[] database = { null };
		try {
			GlpiProperties glpi = ConfigurationCheck.check(defaults, allArgs);
			if (!scheduling) {
				glpi.requireConnectionSettings();
			}
			SpringApplication app = new SpringApplication(WallboardApplication.class);
			app.setWebApplicationType(type);
			app.setDefaultProperties(defaults);
			app.addListeners(
					(ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> database[0] = DatabaseFile
						.of(event.getEnvironment().getProperty("spring.datasource.url")));
			return app.run(allArgs);
		}
		catch (GlpiConfigurationException e) {
			throw new StartupFailedException(e.getMessage(), e);
		}
		catch (StartupFailedException e) {
			throw e;
		}
		catch (RuntimeException e) {
			throw new StartupFailedException(StartupFailures.describe(e, database[0]), e);
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
