package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorMainTests {

	@Test
	void launchPrintsTheBannerWithUrlAndDemoCredentials() {
		// given
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		// when
		try (GlpiSimulator sim = SimulatorMain.launch(new String[] { "--tickets=50", "--latency=5ms", "--seed=3",
				"--zone=Asia/Tokyo", "--fault-rate=0.0", "--port=0" },
				new PrintStream(out, true, StandardCharsets.UTF_8))) {

			// then
			String banner = out.toString(StandardCharsets.UTF_8);
			assertThat(banner).startsWith("GLPI simulator listening on " + sim.baseUrl() + " (client-id=wallboard-demo")
				.contains("client-secret=demo-secret", "username=glpi-sync", "password=demo-password");
			assertThat(sim.settings().latency()).isEqualTo(Duration.ofMillis(5));
			assertThat(sim.data().ticketCount()).isEqualTo(50);
			assertThat(sim.data().zone().getId()).isEqualTo("Asia/Tokyo");
		}
	}

	@Test
	void durationsAcceptCommonSpellings() {
		assertThat(SimulatorMain.parseDuration("200ms")).isEqualTo(Duration.ofMillis(200));
		assertThat(SimulatorMain.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
		assertThat(SimulatorMain.parseDuration("PT0.2S")).isEqualTo(Duration.ofMillis(200));
		assertThat(SimulatorMain.parseDuration("0")).isEqualTo(Duration.ZERO);
		assertThatThrownBy(() -> SimulatorMain.launch(new String[] { "--nope=1" }, System.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--nope");
	}

}
