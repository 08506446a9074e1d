package io.glpiwallboard.system;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Names storage failures with this process's database file (see {@link StorageFailure}).
 */
@Component
public class StorageFailures {

	private static final Logger log = LoggerFactory.getLogger(StorageFailures.class);

	private final String databaseFile;

	private final DataSource dataSource;

	private final FailureNote note;

	public StorageFailures(Environment environment, DataSource dataSource) {
		this.databaseFile = DatabaseFile.of(environment.getProperty("spring.datasource.url"));
		this.dataSource = dataSource;
		this.note = FailureNote.besideDatabase(databaseFile);
	}

	/** Where a failure the database could not take is kept for the next process. */
	public FailureNote note() {
		return note;
	}

	/**
	 * @return one line such as
	 * {@code cannot write the database ./data/wallboard.mv.db: the disk is full}, or
	 * empty when the failure is not a storage failure
	 */
	public Optional<String> describe(Throwable failure) {
		return StorageFailure.find(failure).map(f -> f.describe(databaseFile));
	}

	/** The database file as configured, for messages; null if unknown. */
	public String databaseFile() {
		return databaseFile;
	}

	/**
	 * Drops the pooled connections, to be called once a failed run has ended. H2 closes a
	 * database for good after a failed write (disk full, I/O error) and its connections
	 * then only answer "The database has been closed"; the pool does not know that state
	 * and would hand them out to every later sync of {@code serve}, long after the disk
	 * was freed. New connections open the file afresh.
	 */
	public void discardConnections() {
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
				if (pool.getHikariPoolMXBean() != null) {
					pool.getHikariPoolMXBean().softEvictConnections();
				}
			}
		}
		catch (SQLException e) {
			log.debug("Could not reset the connection pool", e);
		}
	}

}
