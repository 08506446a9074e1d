package io.glpiwallboard.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.glpiwallboard.snapshot.SnapshotPublisher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After every full run: the workbook of all entities, then one per entity that a recipient
 * receives. They are all on disk before any mail is tried, so a mail outage never loses a report.
 */
@Component
@Order(WorkbookPublisher.ORDER)
public class WorkbookPublisher implements SnapshotPublisher {

	/** Before the mails ({@code mail.MailPublisher}), which attach these files. */
	public static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(WorkbookPublisher.class);

	private final WorkbookWriter writer;

	private final ReportProperties properties;

	public WorkbookPublisher(WorkbookWriter writer, ReportProperties properties) {
		this.writer = writer;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "workbook";
	}

	@Override
	public void publish(Request request) throws Exception {
		Set<Long> scopes = new LinkedHashSet<>();
		scopes.add(null);
		properties.recipients().forEach(r -> scopes.add(r.entity()));
		List<String> failures = new ArrayList<>();
		for (Long entity : scopes) {
			try {
				WorkbookWriter.Written written = writer.write(entity);
				log.info("Workbook {}: {} open tickets", written.path(), written.openTickets());
			}
			catch (Exception e) {
				// an I/O failure is named by its class (e.g. AccessDeniedException: reports/...)
				String why = e instanceof IllegalStateException ? e.getMessage() : e.toString();
				failures.add((entity == null ? "all entities" : "entity " + entity) + ": " + why);
			}
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("could not write the workbook of " + String.join("; ", failures));
		}
	}

}
