package io.glpiwallboard.monitoring;

import org.springframework.boot.health.contributor.Status;

/**
 * The health status of a server that still serves the last figures but cannot refresh
 * them (GLPI unreachable, stale data): answered with HTTP 200 so a load balancer keeps
 * the board in service, while monitoring sees "DEGRADED". Ordered between DOWN and UP in
 * {@code application.yml}.
 */
final class Degraded {

	static final Status STATUS = new Status("DEGRADED");

	private Degraded() {
	}

}
