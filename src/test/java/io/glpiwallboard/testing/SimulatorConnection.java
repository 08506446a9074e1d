package io.glpiwallboard.testing;

import java.util.function.Supplier;

import io.glpiwallboard.simulator.GlpiSimulator;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the product's {@code glpi.*} settings at a running simulator. */
public final class SimulatorConnection {

	private SimulatorConnection() {
	}

	public static void register(DynamicPropertyRegistry registry, GlpiSimulator simulator) {
		register(registry, simulator, simulator::baseUrl);
	}

	/**
	 * As above, reaching the simulator through {@code baseUrl} (a proxy in front of it,
	 * e.g. {@link HostileGlpi}).
	 */
	public static void register(DynamicPropertyRegistry registry, GlpiSimulator simulator, Supplier<Object> baseUrl) {
		registry.add("glpi.url", baseUrl);
		registry.add("glpi.client-id", () -> simulator.credentials().clientId());
		registry.add("glpi.client-secret", () -> simulator.credentials().clientSecret());
		registry.add("glpi.username", () -> simulator.credentials().username());
		registry.add("glpi.password", () -> simulator.credentials().password());
	}

}
