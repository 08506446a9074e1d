package io.glpiwallboard.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import io.glpiwallboard.benchmark.MirrorGenerator;
import io.glpiwallboard.system.TimeZoneProperties;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the observed snapshot and the 400-day reconstruction over a large mirror, with
 * teams and deadlines, in an H2 file database (run by
 * {@code src/benchmark/snapshot-benchmark.sh}; a plain main, not a test). Lives in the
 * snapshot package because the writer and the reconstructor are package-private.
 * <p>
 * Arguments: database path (without {@code .mv.db}), ticket count, history days, runs,
 * and {@code fresh} to generate the mirror again even when the database already holds
 * that many tickets (generating takes minutes; new migrations are applied to a kept
 * database).
 */
public final class SnapshotBenchmark {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

	private SnapshotBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path db = Path.of(args.length > 0 ? args[0] : "target/benchmark/snapshot");
		int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int days = args.length > 2 ? Integer.parseInt(args[2]) : 400;
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		boolean fresh = args.length > 4 && args[4].equals("fresh");
		Files.createDirectories(db.toAbsolutePath().getParent());
		// pooled, as in the application: a new H2 session per query would dominate the
		// small reads
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:h2:file:" + db.toAbsolutePath() + ";TRACE_LEVEL_FILE=0");
		dataSource.setUsername("sa");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		if (fresh || !holds(jdbc, tickets)) {
			jdbc.execute("DROP ALL OBJECTS");
			Flyway.configure().dataSource(dataSource).load().migrate();
			long started = System.nanoTime();
			new MirrorGenerator(dataSource, PARIS).generate(tickets, NOW, 42L);
			jdbc.execute("ANALYZE");
			System.out.printf("generated %,d tickets in %.1f s%n", tickets, seconds(started));
		}
		else {
			long started = System.nanoTime();
			int applied = Flyway.configure().dataSource(dataSource).load().migrate().migrationsExecuted;
			System.out.printf("kept the generated mirror (%d new migrations applied in %.1f s)%n", applied,
					seconds(started));
		}
		if (jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket_member", Long.class) == 0) {
			long started = System.nanoTime();
			addTeams(jdbc);
			System.out.printf("added teams and deadlines in %.1f s%n", seconds(started));
		}
		System.out.printf("mirror: %,d tickets, %,d open, %,d trashed, %,d team members, %,d deadlines%n", tickets,
				jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE " + TicketRules.OPEN_INDEXED, Long.class),
				jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE is_deleted", Long.class),
				jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket_member", Long.class),
				jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE time_to_resolve IS NOT NULL", Long.class));

		TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		SnapshotWriter writer = new SnapshotWriter(jdbc, tx, new SnapshotProperties(days, Duration.ofHours(24)));
		HistoryReconstructor reconstructor = new HistoryReconstructor(jdbc, tx, new TimeZoneProperties(PARIS));
		FiguresRepository figures = new FiguresRepository(jdbc, new ScopeQueries(jdbc));
		LocalDate today = NOW.atZone(PARIS).toLocalDate();
		for (int run = 1; run <= runs; run++) {
			long t0 = System.nanoTime();
			long c0 = cpu();
			writer.writeObserved(today, NOW);
			double observed = seconds(t0);
			double observedCpu = (cpu() - c0) / 1e9;
			long t1 = System.nanoTime();
			long c1 = cpu();
			reconstructor.reconstruct(today.minusDays(days - 1L), today.minusDays(1), NOW);
			double reconstructed = seconds(t1);
			double reconstructedCpu = (cpu() - c1) / 1e9;
			long t2 = System.nanoTime();
			Optional<WallboardFigures> loaded = figures.load(null, days);
			double load = seconds(t2);
			System.out.printf(
					"run %d: observed snapshot %.2f s (CPU %.2f s), reconstruction of %d days %.2f s (CPU %.2f s),"
							+ " figures load %.0f ms (open %,d, trend %d days)%n",
					run, observed, observedCpu, days - 1, reconstructed, reconstructedCpu, load * 1000,
					loaded.orElseThrow().open().total(), loaded.get().trend().size());
		}
		dataSource.close();
	}

	/**
	 * Teams and deadlines on every ticket of a mirror generated without them: 12 groups,
	 * one group per ticket except one in eight, a second on one in three, a technician on
	 * seven in eight, a supplier on one in twenty; a time-to-resolve deadline 1 to 240
	 * hours after opening on four in five, so that open tickets are late, due soon or
	 * neither.
	 */
	private static void addTeams(JdbcTemplate jdbc) {
		jdbc.update(
				"""
						INSERT INTO glpi_group (id, name, completename, parent_id, level, last_seen_run)
						SELECT X, 'Team ' || X, CASE WHEN X <= 3 THEN 'Team ' || X ELSE 'Team ' || (MOD(X, 3) + 1) || ' > Team ' || X END,
						       CASE WHEN X <= 3 THEN NULL ELSE MOD(X, 3) + 1 END, CASE WHEN X <= 3 THEN 1 ELSE 2 END, 1
						FROM SYSTEM_RANGE(1, 12)""");
		jdbc.update(
				"""
						INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name)
						SELECT id, 'Group', 1 + MOD(id, 12), 'Team ' || (1 + MOD(id, 12)) FROM glpi_ticket WHERE MOD(id, 8) <> 0
						UNION ALL SELECT id, 'Group', 1 + MOD(id + 5, 12), 'Team ' || (1 + MOD(id + 5, 12)) FROM glpi_ticket WHERE MOD(id, 3) = 0
						UNION ALL SELECT id, 'User', 100 + MOD(id, 40), 'tech' || MOD(id, 40) FROM glpi_ticket WHERE MOD(id, 8) <> 3
						UNION ALL SELECT id, 'Supplier', 1, 'Supplier' FROM glpi_ticket WHERE MOD(id, 20) = 7""");
		jdbc.update(
				"UPDATE glpi_ticket SET time_to_resolve = DATEADD('HOUR', 1 + MOD(id * 13, 240), opened_at) WHERE MOD(id, 5) <> 0");
		jdbc.execute("ANALYZE");
	}

	private static boolean holds(JdbcTemplate jdbc, int tickets) {
		try {
			return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket", Long.class) == tickets;
		}
		catch (org.springframework.dao.DataAccessException noMirrorYet) {
			return false;
		}
	}

	/**
	 * CPU time of this thread (the embedded database works in it), in ns: on a machine
	 * shared with other builds the wall time mostly measures their load.
	 */
	private static long cpu() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
