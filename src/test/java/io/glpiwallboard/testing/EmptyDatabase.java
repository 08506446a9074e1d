package io.glpiwallboard.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties the mirror, the snapshots, the sync state and the mail log before a test class
 * of a shared context, so that it starts as on the fresh database it had when it had a
 * context of its own; its tests then share what they leave as before. Spring Batch's
 * tables stay: runs are numbered by a sequence and no test counts them across classes.
 */
public final class EmptyDatabase implements BeforeAllCallback {

	private static final String[] TABLES = { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day",
			"snapshot_group_open", "snapshot_group_age", "snapshot_group_oldest", "snapshot_group_day",
			"snapshot_group_pair", "snapshot_day", "glpi_ticket_member", "glpi_ticket", "glpi_entity", "glpi_group",
			"sync_state", "mail_delivery" };

	@Override
	public void beforeAll(ExtensionContext context) {
		JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
		for (String table : TABLES) {
			jdbc.update("DELETE FROM " + table);
		}
	}

}
