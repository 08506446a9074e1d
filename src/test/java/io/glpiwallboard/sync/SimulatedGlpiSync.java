package io.glpiwallboard.sync;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.glpiwallboard.testing.FullContextTest;
import io.glpiwallboard.testing.GlpiUnderTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The fixture the sync tests share: the application ({@link FullContextTest}) with a
 * short history, one context for every class that adds no setting, syncing from the
 * simulator the test class starts in a static field and names in {@link #glpi()}; the
 * sync service and the database at hand; and the class's simulators (and proxies) closed
 * after its last test, the last one started first.
 */
@FullContextTest
// every sync refreshes this many days of history, and the default (400) costs each sync
// seconds: the sync tests share a context of their own
@TestPropertySource(properties = "wallboard.history-days=30")
abstract class SimulatedGlpiSync {

	@Autowired
	protected SyncService sync;

	@Autowired
	protected JdbcTemplate jdbc;

	/** The GLPI this class syncs from. */
	protected abstract GlpiUnderTest.Connection glpi();

	@BeforeEach
	void connectTheClassGlpi() {
		GlpiUnderTest.connect(glpi());
	}

	@AfterAll
	static void closeWhatTheClassStarted(TestInfo test) throws Exception {
		List<AutoCloseable> started = new ArrayList<>();
		for (Field field : test.getTestClass().orElseThrow().getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && AutoCloseable.class.isAssignableFrom(field.getType())) {
				field.setAccessible(true);
				started.add((AutoCloseable) field.get(null));
			}
		}
		Collections.reverse(started);
		for (AutoCloseable closeable : started) {
			closeable.close();
		}
	}

}
