package io.glpiwallboard.testing;

import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiClientFactory;
import io.glpiwallboard.glpi.GlpiProperties;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorCredentials;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The GLPI that the shared context of {@link FullContextTest} syncs from: whichever
 * simulator (or proxy in front of it) the running test class connected. The product makes
 * a GLPI client per sync ({@link GlpiClientFactory#create()}), so pointing the next
 * client elsewhere needs no new context; {@code glpi.url} and the credentials bound at
 * start-up would. Test classes run one after the other in a JVM, hence one static
 * connection.
 */
public final class GlpiUnderTest {

	private static volatile Connection current;

	private GlpiUnderTest() {
	}

	/** The simulator at its own URL, with the client settings of the annotation. */
	public static Connection to(GlpiSimulator simulator) {
		return to(simulator, simulator::baseUrl);
	}

	/** The simulator reached through {@code baseUrl}, e.g. a {@link HostileGlpi}. */
	public static Connection to(GlpiSimulator simulator, Supplier<Object> baseUrl) {
		return new Connection(baseUrl, simulator.credentials(), null, null);
	}

	/** Makes the next syncs of the shared context talk to {@code connection}. */
	public static void connect(Connection connection) {
		current = connection;
	}

	/**
	 * Where and how a sync reaches GLPI; {@code baseUrl}, {@code pageSize} and
	 * {@code concurrency} replace {@code glpi.url}, {@code glpi.page-size} and
	 * {@code glpi.concurrency} when not null.
	 */
	public record Connection(Supplier<Object> baseUrl, SimulatorCredentials credentials, Integer pageSize,
			Integer concurrency) {

		/**
		 * This connection with other {@code glpi.page-size} and {@code glpi.concurrency}.
		 */
		public Connection withPaging(int pageSize, int concurrency) {
			return new Connection(this.baseUrl, this.credentials, pageSize, concurrency);
		}

		GlpiProperties applyTo(GlpiProperties configured) {
			URI url = (this.baseUrl != null) ? URI.create(String.valueOf(this.baseUrl.get())) : configured.url();
			return new GlpiProperties(url, this.credentials.clientId(), this.credentials.clientSecret(),
					this.credentials.username(), this.credentials.password(), configured.apiVersion(),
					(this.pageSize != null) ? this.pageSize : configured.pageSize(),
					(this.concurrency != null) ? this.concurrency : configured.concurrency(), configured.entity(),
					configured.connectTimeout(), configured.requestTimeout(), configured.retry(),
					configured.publicUrl(), configured.maxResponseSize());
		}

	}

	/**
	 * Replaces the product's client factory with one that builds each client for the
	 * current connection; secrets are redacted as for the simulator's demo credentials.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		GlpiClientFactory glpiUnderTest(GlpiProperties configured, Clock clock) {
			GlpiProperties withDemoSecrets = new Connection(null, SimulatorCredentials.demo(), null, null)
				.applyTo(configured);
			return new GlpiClientFactory(withDemoSecrets, clock) {

				@Override
				public GlpiClient create() {
					Connection connection = current;
					GlpiProperties properties = (connection != null) ? connection.applyTo(configured) : configured;
					return new GlpiClient(properties, clock, secrets());
				}

			};
		}

	}

}
