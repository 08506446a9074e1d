package io.glpiwallboard.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with its web server on a free port and no schedule, on a fresh
 * in-memory database of its own, in Paris time, syncing from the simulator the test class
 * connected ({@link GlpiUnderTest}), on a clock the class may pin
 * ({@link SettableClock}). Every class with exactly this configuration shares one context
 * (Spring's test context cache), so each class starts on emptied tables and a running
 * clock ({@link CleanSlate}) and connects its own GLPI; a class that adds settings
 * ({@code @TestPropertySource}, {@code @DynamicPropertySource}, beans) gets a context of
 * its own and says why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "schedule.enabled=false",
		// each context its own database: a class with other settings starts on empty
		// tables too
		"spring.datasource.url=jdbc:h2:mem:full-context-${random.uuid};DB_CLOSE_DELAY=-1", "glpi.page-size=100",
		"glpi.concurrency=3", "glpi.retry.max-attempts=2", "glpi.retry.initial-backoff=5ms",
		"glpi.retry.max-backoff=10ms", "sync.progress-interval=0s", "wallboard.time-zone=Europe/Paris",
		"report.dir=target/test-reports" })
@Import({ GlpiUnderTest.Configuration.class, SettableClock.class })
@ExtendWith(CleanSlate.class)
public @interface FullContextTest {

}
