package io.glpiwallboard.sync;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import io.glpiwallboard.glpi.GlpiClientFactory;
import io.glpiwallboard.glpi.GlpiProperties;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorCredentials;

import java.time.Clock;

import org.flywaydb.core.Flyway;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the step unit tests share without a Spring context: a migrated in-memory database
 * with the mirror and the sync state on it, a GLPI client factory pointed at a simulator,
 * and a step's contribution inside a job execution.
 */
final class StepFixture {

	final JdbcTemplate jdbc;

	final TicketMirror tickets;

	final SyncState state;

	StepFixture() {
		// one connection, as in TicketDayZoneTests: H2 binds generated columns to the
		// session that created them
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:steps-" + UUID.randomUUID(),
				"sa", "", true);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.tickets = new TicketMirror(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		this.state = new SyncState(JdbcClient.create(dataSource));
	}

	/** A client factory for {@code simulator}, logging in with {@code credentials}. */
	static GlpiClientFactory clients(GlpiSimulator simulator, SimulatorCredentials credentials, Clock clock) {
		return new GlpiClientFactory(new GlpiProperties(URI.create(simulator.baseUrl()), credentials.clientId(),
				credentials.clientSecret(), credentials.username(), credentials.password(), "v2.2", 100, 2, null,
				Duration.ofSeconds(2), Duration.ofSeconds(10),
				new GlpiProperties.Retry(2, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5))),
				clock);
	}

	/**
	 * The contribution of a step in a fresh execution of the sync job in {@code mode}.
	 */
	static StepContribution contribution(SyncMode mode, String step) {
		JobExecution job = new JobExecution(1, new JobInstance(1, SyncJob.NAME),
				new JobParametersBuilder().addString(SyncJob.MODE, mode.name())
					.addString(SyncJob.FORCE, "false")
					.toJobParameters());
		return new StepContribution(new StepExecution(1, step, job));
	}

}
