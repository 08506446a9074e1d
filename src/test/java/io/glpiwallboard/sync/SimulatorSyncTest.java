package io.glpiwallboard.sync;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole product (no web server, no schedule) against a
 * {@link io.glpiwallboard.simulator.GlpiSimulator}; the test class supplies the
 * simulator's URL and credentials with a {@code @DynamicPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "schedule.enabled=false", "glpi.page-size=100", "glpi.concurrency=3",
				"glpi.retry.max-attempts=2", "glpi.retry.initial-backoff=5ms", "glpi.retry.max-backoff=10ms",
				"wallboard.time-zone=Europe/Paris", "wallboard.history-days=30", "report.dir=target/test-reports" })
public @interface SimulatorSyncTest {

}
