package io.glpiwallboard.glpi;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Builds a GLPI client per sync, so that missing settings fail the run that needs them
 * (with a clear message) instead of the start of {@code serve}.
 */
@Component
public class GlpiClientFactory {

	private final GlpiProperties properties;

	private final Clock clock;

	private final Secrets secrets;

	public GlpiClientFactory(GlpiProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.secrets = new Secrets(properties);
	}

	/**
	 * A client with its own session, nothing sent yet.
	 * @throws GlpiConfigurationException when a connection setting is missing or
	 * malformed ({@link GlpiProperties#connectionProblem()}): the run that needs GLPI
	 * fails with it (exit 2)
	 */
	public GlpiClient create() {
		return new GlpiClient(properties, clock, secrets);
	}

	/**
	 * The configured secrets and the tokens of every client made here: for redacting what
	 * is stored or shown.
	 */
	public Secrets secrets() {
		return secrets;
	}

}
