package io.glpiwallboard.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.WallboardApplication;
import io.glpiwallboard.report.WorkbookWriter;
import io.glpiwallboard.snapshot.SnapshotService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the all-entities workbook of a mirror holding N open tickets and prints the
 * time, the heap and the file size. Not a test: run by
 * {@code src/benchmark/workbook-benchmark.sh} under -Xmx256m.
 *
 * <p>
 * Arguments: ticket counts to measure one after the other (default 100000), e.g.
 * {@code 10000 100000}.
 */
public final class WorkbookBenchmark {

	private WorkbookBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> counts = args.length == 0 ? List.of(100_000)
				: java.util.Arrays.stream(args).map(Integer::valueOf).toList();
		Path dir = Path.of("target/benchmark/workbook");
		SpringApplication app = new SpringApplication(WallboardApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("schedule.enabled", "false", "logging.level.io.glpiwallboard", "WARN"));
		try (ConfigurableApplicationContext context = app.run(
				"--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/db;TRACE_LEVEL_FILE=0",
				"--report.dir=" + dir.resolve("reports"),
				"--glpi.url=" + System.getProperty("bench.glpi", "https://glpi.example.org/api.php"),
				"--wallboard.time-zone=Europe/Paris")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			for (int n : counts) {
				fill(jdbc, n);
				context.getBean(SnapshotService.class).recordObserved(context.getBean(Clock.class).instant());
				measure(context.getBean(WorkbookWriter.class), n);
			}
		}
	}

	/**
	 * A 15-entity tree and n open tickets spread over it, with the hostile titles real
	 * GLPI has, and their teams: 12 groups, one group per ticket and a second one on
	 * every third, a technician on seven tickets in eight, a time to resolve on most.
	 */
	static void fill(JdbcTemplate jdbc, int n) {
		jdbc.update("DELETE FROM glpi_ticket_member");
		jdbc.update("DELETE FROM glpi_group");
		jdbc.update("DELETE FROM glpi_ticket");
		jdbc.update("DELETE FROM glpi_entity");
		jdbc.update(
				"""
						INSERT INTO glpi_group (id, name, completename, parent_id, level, last_seen_run)
						SELECT X, 'Team ' || X, CASE WHEN X <= 3 THEN 'Team ' || X ELSE 'Team ' || MOD(X, 3) + 1 || ' > Team ' || X END,
						       CASE WHEN X <= 3 THEN NULL ELSE MOD(X, 3) + 1 END, CASE WHEN X <= 3 THEN 1 ELSE 2 END, 1
						FROM SYSTEM_RANGE(1, 12)
						""");
		jdbc.update(
				"""
						INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name)
						SELECT X, 'Group', 1 + MOD(X, 12), 'Team ' || (1 + MOD(X, 12)) FROM SYSTEM_RANGE(1, ?)
						UNION ALL SELECT X, 'Group', 1 + MOD(X + 5, 12), 'Team ' || (1 + MOD(X + 5, 12)) FROM SYSTEM_RANGE(1, ?) WHERE MOD(X, 3) = 0
						UNION ALL SELECT X, 'User', 100 + MOD(X, 40), 'Technician ' || MOD(X, 40) FROM SYSTEM_RANGE(1, ?) WHERE MOD(X, 8) <> 0
						""",
				n, n, n);
		jdbc.update("""
				INSERT INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run)
				SELECT X, CASE WHEN X = 0 THEN 'Root entity' ELSE 'Site ' || X END,
				       CASE WHEN X = 0 THEN 'Root entity' WHEN X <= 4 THEN 'Root entity > Site ' || X
				            ELSE 'Root entity > Site ' || MOD(X, 4) + 1 || ' > Site ' || X END,
				       CASE WHEN X = 0 THEN NULL WHEN X <= 4 THEN 0 ELSE MOD(X, 4) + 1 END,
				       CASE WHEN X = 0 THEN 1 WHEN X <= 4 THEN 2 ELSE 3 END, 1
				FROM SYSTEM_RANGE(0, 14)
				""");
		jdbc.update(
				"""
						INSERT INTO glpi_ticket (id, title, entity_id, entity_name, entity_completename, status, priority, urgency,
						  impact, type, category_id, category_name, is_deleted, opened_at, modified_at, opened_day, last_seen_run)
						SELECT X,
						       CASE MOD(X, 7) WHEN 0 THEN '=HYPERLINK("http://x","click") #' || X WHEN 1 THEN '+33 6 12 34 56 78 ne répond plus'
						            WHEN 2 THEN 'Imprimante HS au 3e étage, bureau ' || X ELSE 'Cannot connect to VPN from site ' || MOD(X, 97) END,
						       MOD(X, 15), NULL, NULL, 1 + MOD(X, 4), 1 + MOD(X, 6), 3, 3, 1 + MOD(X, 2), MOD(X, 40),
						       'Category ' || MOD(X, 40), FALSE,
						       DATEADD('MINUTE', -MOD(X * 37, 525600), CURRENT_TIMESTAMP),
						       DATEADD('MINUTE', -MOD(X * 11, 10000), CURRENT_TIMESTAMP),
						       CAST(DATEADD('MINUTE', -MOD(X * 37, 525600), CURRENT_TIMESTAMP) AS DATE), 1
						FROM SYSTEM_RANGE(1, ?)
						""",
				n);
		jdbc.update(
				"UPDATE glpi_ticket SET time_to_resolve = DATEADD('HOUR', MOD(id * 13, 240) - 120, CURRENT_TIMESTAMP) WHERE MOD(id, 5) <> 0");
	}

	static void measure(WorkbookWriter writer, int n) throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = used(heap);
		long gcBefore = gcMillis();
		long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		Instant start = Instant.now();
		WorkbookWriter.Written written = writer.write(null);
		long millis = java.time.Duration.between(start, Instant.now()).toMillis();
		long cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
		long gc = gcMillis() - gcBefore;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.gc();
		long after = used(heap);
		System.out.printf(
				"tickets=%d rows=%d elapsed=%.2fs cpu(writer thread)=%.2fs gc=%.2fs peakHeap=%dMiB heapBefore=%dMiB"
						+ " heapAfterGc=%dMiB maxHeap=%dMiB file=%.1fMiB loadavg=%.1f (%s)%n",
				n, written.openTickets(), millis / 1000.0, cpu / 1000.0, gc / 1000.0, peak >> 20, before >> 20,
				after >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(written.path()) / 1048576.0,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), written.path());
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(g -> Math.max(0, g.getCollectionTime()))
			.sum();
	}

	private static long used(List<MemoryPoolMXBean> heap) {
		return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
	}

}
