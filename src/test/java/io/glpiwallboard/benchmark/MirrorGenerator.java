package io.glpiwallboard.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Random;

import javax.sql.DataSource;

/**
 * Fills {@code glpi_entity} and {@code glpi_ticket} with a large, realistic,
 * deterministic helpdesk for benchmarks: 15 entities on three levels, two years of
 * tickets (more recent ones more frequent), about 4% still open, 3% in the trash, solve
 * times of hours to weeks, closing a week after solving. Rows go in with JDBC batches, as
 * sync writes them.
 */
public final class MirrorGenerator {

	private static final Duration SPAN = Duration.ofDays(730);

	private static final int BATCH = 2_000;

	private static final int COMMIT_EVERY = 100_000;

	private static final String[][] TREE = { { "Paris", "IT Support", "Facilities" },
			{ "Lyon", "IT Support", "Logistique" }, { "München", "Service Desk", "Werkstatt" },
			{ "Headquarters", "Finance", "Human Resources", "Legal", "Sales" } };

	private final DataSource dataSource;

	private final ZoneId zone;

	public MirrorGenerator(DataSource dataSource, ZoneId zone) {
		this.dataSource = dataSource;
		this.zone = zone;
	}

	/**
	 * Writes the entity tree and {@code count} tickets, ending at {@code now}; returns
	 * the entity ids.
	 */
	public long[] generate(int count, Instant now, long seed) throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			long[] entities = entities(c);
			tickets(c, count, now, new Random(seed), entities);
			c.commit();
			return entities;
		}
	}

	private static long[] entities(Connection c) throws SQLException {
		long[] ids = new long[15];
		try (PreparedStatement ps = c.prepareStatement(
				"INSERT INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run) VALUES (?, ?, ?, ?, ?, 1)")) {
			add(ps, 0, "Root entity", "Root entity", null, 1);
			int n = 1;
			for (String[] branch : TREE) {
				long site = n++;
				String siteName = "Root entity > " + branch[0];
				add(ps, site, branch[0], siteName, 0L, 2);
				for (int i = 1; i < branch.length; i++) {
					add(ps, n++, branch[i], siteName + " > " + branch[i], site, 3);
				}
			}
			ps.executeBatch();
			for (int i = 0; i < ids.length; i++) {
				ids[i] = i;
			}
		}
		return ids;
	}

	private static void add(PreparedStatement ps, long id, String name, String completename, Long parent, int level)
			throws SQLException {
		ps.setLong(1, id);
		ps.setString(2, name);
		ps.setString(3, completename);
		ps.setObject(4, parent);
		ps.setInt(5, level);
		ps.addBatch();
	}

	private void tickets(Connection c, int count, Instant now, Random random, long[] entities) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"""
						INSERT INTO glpi_ticket (id, title, entity_id, entity_name, entity_completename, status, priority, urgency,
						  impact, type, category_id, category_name, is_deleted, opened_at, modified_at, solved_at, closed_at,
						  opened_day, solved_day, closed_day, last_seen_run)
						VALUES (?, ?, ?, NULL, NULL, ?, ?, 3, 3, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")) {
			// opening instants grow with the id, as GLPI's auto-increment ids do
			long spanSeconds = SPAN.getSeconds();
			for (int i = 1; i <= count; i++) {
				double fraction = Math.pow((double) i / count, 0.7);
				Instant opened = now.minusSeconds(spanSeconds - (long) (fraction * spanSeconds))
					.minusSeconds(random.nextInt(600));
				bind(ps, i, opened, now, random, entities);
				ps.addBatch();
				if (i % BATCH == 0) {
					ps.executeBatch();
				}
				if (i % COMMIT_EVERY == 0) {
					c.commit();
				}
			}
			ps.executeBatch();
		}
	}

	private void bind(PreparedStatement ps, long id, Instant opened, Instant now, Random random, long[] entities)
			throws SQLException {
		long solveSeconds = (long) (-Math.log(1 - random.nextDouble()) * 30 * 3600) + 600;
		if (random.nextInt(12) == 0) {
			solveSeconds *= 15;
		}
		Instant solved = opened.plusSeconds(solveSeconds);
		boolean backlog = random.nextDouble() < 0.03;
		int status;
		Instant solvedAt = null;
		Instant closedAt = null;
		if (backlog || solved.isAfter(now)) {
			int[] open = { 1, 2, 2, 2, 3, 4, 4, 10 };
			status = open[random.nextInt(open.length)];
		}
		else {
			Instant closed = solved.plus(Duration.ofDays(7));
			boolean isClosed = !closed.isAfter(now);
			status = isClosed ? 6 : 5;
			solvedAt = isClosed && random.nextInt(25) == 0 ? null : solved;
			closedAt = isClosed ? closed : null;
		}
		int priority = random.nextInt(200) == 0 ? 6 : 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.2 + 2));
		ps.setLong(1, id);
		ps.setString(2, "Ticket " + id + ": printer on floor " + (id % 7) + " does not answer");
		ps.setLong(3, entities[random.nextInt(entities.length)]);
		ps.setInt(4, status);
		ps.setInt(5, priority);
		ps.setInt(6, random.nextInt(10) < 6 ? 1 : 2);
		if (random.nextInt(10) == 0) {
			ps.setNull(7, Types.BIGINT);
		}
		else {
			ps.setLong(7, 1 + random.nextInt(20));
		}
		ps.setBoolean(8, random.nextInt(33) == 0);
		Instant modified = closedAt != null ? closedAt : solvedAt != null ? solvedAt : opened;
		ps.setObject(9, printed(opened));
		ps.setObject(10, printed(modified));
		ps.setObject(11, printed(solvedAt));
		ps.setObject(12, printed(closedAt));
		ps.setObject(13, day(opened));
		ps.setObject(14, day(solvedAt));
		ps.setObject(15, day(closedAt));
	}

	/** As GLPI prints it: with the zone's offset at that instant. */
	private OffsetDateTime printed(Instant instant) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

	private LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(zone).toLocalDate();
	}

}
