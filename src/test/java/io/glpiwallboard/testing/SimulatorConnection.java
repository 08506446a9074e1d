package io.glpiwallboard.testing;

import io.glpiwallboard.simulator.GlpiSimulator;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the product's {@code glpi.*} settings at a running simulator. */
public final class SimulatorConnection {

	private SimulatorConnection() {
	}

	public static void register(DynamicPropertyRegistry registry, GlpiSimulator simulator) {
		registry.add("glpi.url", simulator::baseUrl);
		registry.add("glpi.client-id", () -> simulator.credentials().clientId());
		registry.add("glpi.client-secret", () -> simulator.credentials().clientSecret());
		registry.add("glpi.username", () -> simulator.credentials().username());
		registry.add("glpi.password", () -> simulator.credentials().password());
	}

}
