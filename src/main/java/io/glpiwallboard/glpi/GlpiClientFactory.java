package io.glpiwallboard.glpi;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Builds a GLPI client per sync, so that missing settings fail the run that needs them (with a
 * clear message) instead of the start of {@code serve}.
 */
@Component
public class GlpiClientFactory {

	private final GlpiProperties properties;

	private final Clock clock;

	public GlpiClientFactory(GlpiProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public GlpiClient create() {
		return new GlpiClient(properties, clock);
	}

}
