package io.glpiwallboard.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.report.ReportProperties.Recipient;

import io.glpiwallboard.snapshot.SnapshotPublisher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every full run: the workbook of all entities, then one per scope (entity, group,
 * or group within an entity) that a recipient receives. They are all on disk before any
 * mail is tried, so a mail outage never loses a report.
 */
@Component
public class WorkbookPublisher implements SnapshotPublisher {

	private static final Logger log = LoggerFactory.getLogger(WorkbookPublisher.class);

	private final WorkbookWriter writer;

	private final ReportProperties properties;

	public WorkbookPublisher(WorkbookWriter writer, ReportProperties properties) {
		this.writer = writer;
		this.properties = properties;
	}

	@Override
	public Stage stage() {
		return Stage.WORKBOOK;
	}

	@Override
	public String name() {
		return "workbook";
	}

	@Override
	public void publish(Request request) throws Exception {
		// the workbook of everything, then each distinct scope a recipient receives, once
		Map<String, Recipient> scopes = new LinkedHashMap<>();
		scopes.put("all entities", new Recipient(null, null, List.of()));
		properties.recipients().forEach(r -> scopes.putIfAbsent(r.scope(), r));
		List<String> failures = new ArrayList<>();
		List<Exception> causes = new ArrayList<>();
		for (Recipient scope : scopes.values()) {
			try {
				WorkbookWriter.Written written = writer.write(scope.entity(), scope.group());
				log.info("Workbook {}: {} open tickets", written.path(), written.openTickets());
			}
			catch (Exception e) {
				// an I/O failure is named by its class (e.g. AccessDeniedException:
				// reports/...)
				String why = e instanceof IllegalStateException ? e.getMessage() : e.toString();
				failures.add(scope.scope() + ": " + why);
				causes.add(e);
			}
		}
		if (!failures.isEmpty()) {
			IllegalStateException failed = new IllegalStateException(
					"could not write the workbook of " + String.join("; ", failures));
			// the caller tells a full disk (exit 8) from other failures by these
			causes.forEach(failed::addSuppressed);
			throw failed;
		}
	}

}
