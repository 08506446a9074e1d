package io.glpiwallboard.simulator;

/**
 * OAuth client and service account the simulator accepts. The defaults are demo values,
 * not secrets.
 */
public record SimulatorCredentials(String clientId, String clientSecret, String username, String password) {

	public static SimulatorCredentials demo() {
		return new SimulatorCredentials("wallboard-demo", "demo-secret", "glpi-sync", "demo-password");
	}
}
