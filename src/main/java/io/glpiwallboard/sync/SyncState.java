package io.glpiwallboard.sync;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What one sync leaves for the next: the watermark, GLPI's clock offset and the last
 * outcome.
 */
@Repository
public class SyncState {

	static final String WATERMARK = "watermark";

	static final String SERVER_OFFSET = "server_offset";

	static final String DAY_ZONE = "day_zone";

	public static final String LAST_SUCCESS = "last_success";

	public static final String LAST_FAILURE = "last_failure";

	public static final String LAST_FAILURE_REASON = "last_failure_reason";

	private final JdbcClient jdbc;

	public SyncState(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> get(String name) {
		return jdbc.sql("SELECT val FROM sync_state WHERE name = ?").param(name).query(String.class).optional();
	}

	public void put(String name, String value) {
		jdbc.sql("MERGE INTO sync_state (name, val) KEY (name) VALUES (?, ?)").param(name).param(value).update();
	}

	public void remove(String name) {
		jdbc.sql("DELETE FROM sync_state WHERE name = ?").param(name).update();
	}

	public Optional<Instant> instant(String name) {
		return get(name).map(Instant::parse);
	}

	public Optional<Instant> watermark() {
		return instant(WATERMARK);
	}

	public Optional<ZoneOffset> serverOffset() {
		return get(SERVER_OFFSET).map(ZoneOffset::of);
	}

}
