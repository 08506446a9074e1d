package io.glpiwallboard.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Immutable configuration of a {@link GlpiSimulator}. Use {@link #defaults()} and the
 * {@code withX} copy methods.
 *
 * @param tickets number of sample tickets to generate
 * @param seed seed for sample data and for the "undefined" row order of unsorted lists
 * @param latency delay added to every API request
 * @param serverZone wall-clock zone of the simulated server (dates in JSON and RSQL
 * literals use it)
 * @param clock "now" for data generation, date_mod bumps and token expiry
 * @param port TCP port on 127.0.0.1, 0 for a free one
 * @param tokenTtl access-token lifetime ({@code expires_in})
 * @param faultRate probability that a list request fails (500, 503 or connection reset)
 * @param apiVersions the 2.x versions advertised by {@code GET /api.php/}; the last one
 * is the newest
 * @param defaultLimit limit applied when the client omits it; {@code null} = no limit
 * (older 11.0 builds)
 * @param credentials OAuth client and service account accepted by {@code /token}
 */
public record SimulatorSettings(int tickets, long seed, Duration latency, ZoneId serverZone, Clock clock, int port,
		Duration tokenTtl, double faultRate, List<String> apiVersions, Integer defaultLimit,
		SimulatorCredentials credentials) {

	public SimulatorSettings {
		Objects.requireNonNull(latency, "latency");
		Objects.requireNonNull(serverZone, "serverZone");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(tokenTtl, "tokenTtl");
		Objects.requireNonNull(credentials, "credentials");
		apiVersions = List.copyOf(apiVersions);
		if (apiVersions.isEmpty()) {
			throw new IllegalArgumentException("at least one API version is needed");
		}
		if (tickets < 0) {
			throw new IllegalArgumentException("tickets must be >= 0");
		}
	}

	public static SimulatorSettings defaults() {
		return new SimulatorSettings(5000, 42L, Duration.ZERO, ZoneId.of("Europe/Paris"), Clock.systemUTC(), 0,
				Duration.ofHours(1), 0.0, List.of("2.0.0", "2.1.0", "2.2.0"), 100, SimulatorCredentials.demo());
	}

	public SimulatorSettings withTickets(int v) {
		return new SimulatorSettings(v, seed, latency, serverZone, clock, port, tokenTtl, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withSeed(long v) {
		return new SimulatorSettings(tickets, v, latency, serverZone, clock, port, tokenTtl, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withLatency(Duration v) {
		return new SimulatorSettings(tickets, seed, v, serverZone, clock, port, tokenTtl, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withServerZone(ZoneId v) {
		return new SimulatorSettings(tickets, seed, latency, v, clock, port, tokenTtl, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withClock(Clock v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, v, port, tokenTtl, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withPort(int v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, clock, v, tokenTtl, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withTokenTtl(Duration v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, clock, port, v, faultRate, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withFaultRate(double v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, clock, port, tokenTtl, v, apiVersions,
				defaultLimit, credentials);
	}

	public SimulatorSettings withApiVersions(List<String> v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, clock, port, tokenTtl, faultRate, v,
				defaultLimit, credentials);
	}

	public SimulatorSettings withDefaultLimit(Integer v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, clock, port, tokenTtl, faultRate, apiVersions,
				v, credentials);
	}

	public SimulatorSettings withCredentials(SimulatorCredentials v) {
		return new SimulatorSettings(tickets, seed, latency, serverZone, clock, port, tokenTtl, faultRate, apiVersions,
				defaultLimit, v);
	}
}
