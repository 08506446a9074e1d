package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The mirror's schema keeps working whichever pooled connection created it is gone. */
class MirrorSchemaTests {

	@Test
	void ticketsAreWrittenAfterTheConnectionThatRanTheMigrationsIsClosed() throws Exception {
		// given: the migrations run on connections of their own, which are then closed,
		// while another
		// connection keeps the database open (as the pool does when it retires a
		// connection)
		String url = "jdbc:h2:mem:mirror-schema-" + UUID.randomUUID();
		try (Connection keepsItOpen = DriverManager.getConnection(url, "sa", "")) {
			Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

			// when
			try (Connection writer = DriverManager.getConnection(url, "sa", "");
					Statement statement = writer.createStatement()) {
				statement.executeUpdate("MERGE INTO glpi_ticket (id, title, status, is_deleted, last_seen_run) KEY (id)"
						+ " VALUES (1, 'Printer', 2, FALSE, 1), (2, 'Solved', 5, FALSE, 1), (3, 'Trashed', 2, TRUE, 1)");
			}

			// then: written, and the open rule still holds
			try (Statement statement = keepsItOpen.createStatement();
					ResultSet open = statement.executeQuery("SELECT id FROM glpi_ticket WHERE is_open ORDER BY id")) {
				assertThat(open.next()).isTrue();
				assertThat(open.getLong(1)).isEqualTo(1);
				assertThat(open.next()).isFalse();
			}
		}
	}

}
