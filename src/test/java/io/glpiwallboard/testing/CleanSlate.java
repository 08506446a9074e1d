package io.glpiwallboard.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test class of a shared context: empties the mirror, the snapshots, the sync
 * state and the mail log, and lets the {@link SettableClock} run, so that the class
 * starts as it did with a context of its own; its tests then share what they leave as
 * before. Spring Batch's tables stay: runs are numbered by a sequence and no test counts
 * them across classes.
 */
public final class CleanSlate implements BeforeAllCallback {

	private static final String[] TABLES = { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day",
			"snapshot_group_open", "snapshot_group_age", "snapshot_group_oldest", "snapshot_group_day",
			"snapshot_group_pair", "snapshot_day", "glpi_ticket_member", "glpi_ticket", "glpi_entity", "glpi_group",
			"sync_state", "mail_delivery" };

	@Override
	public void beforeAll(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		application.getBean(SettableClock.class).run();
		JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
		for (String table : TABLES) {
			jdbc.update("DELETE FROM " + table);
		}
	}

}
