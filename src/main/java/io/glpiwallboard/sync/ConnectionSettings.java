package io.glpiwallboard.sync;

import java.util.Optional;

import io.glpiwallboard.glpi.GlpiProperties;

import org.springframework.stereotype.Component;

/**
 * Whether the GLPI connection settings are complete, for those that must not fail on
 * them: {@code serve} starts without them (and says so), and the board explains why it
 * has no data. The sync itself fails with the same line
 * ({@link GlpiProperties#requireConnectionSettings()}).
 */
@Component
public class ConnectionSettings {

	private final GlpiProperties properties;

	public ConnectionSettings(GlpiProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return one line naming each missing setting and its environment variable; empty
	 * when complete
	 */
	public Optional<String> problem() {
		return properties.connectionProblem();
	}

}
