package io.glpiwallboard.sync;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.testing.SimulatorConnection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The fixture the sync tests share: the application ({@link SimulatorSyncTest}) with its
 * own in-memory database, syncing from the simulator the test class starts in a static
 * field; the sync service and the database at hand; and the class's simulators (and
 * proxies) closed after its last test, the last one started first.
 */
@SimulatorSyncTest
abstract class SimulatedGlpiSync {

	@Autowired
	protected SyncService sync;

	@Autowired
	protected JdbcTemplate jdbc;

	/**
	 * Call from the test class's {@code @DynamicPropertySource}: {@code database} names
	 * its in-memory H2.
	 */
	static void connect(DynamicPropertyRegistry registry, String database, GlpiSimulator simulator) {
		connect(registry, database, simulator, simulator::baseUrl);
	}

	/**
	 * As above, reaching the simulator through {@code baseUrl} (a proxy in front of it).
	 */
	static void connect(DynamicPropertyRegistry registry, String database, GlpiSimulator simulator,
			Supplier<Object> baseUrl) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
		SimulatorConnection.register(registry, simulator, baseUrl);
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
