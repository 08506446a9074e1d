package io.glpiwallboard.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * Stands in for a process that numbers runs and then dies: takes values of the given
 * sequences, prints the last one, lets H2 write it to disk and waits to be killed.
 * Started as a separate process by {@link SequenceNumberingTests}.
 */
public final class TakeSequenceValues {

	private TakeSequenceValues() {
	}

	public static void main(String[] args) throws Exception {
		Connection connection = DriverManager.getConnection(args[0], "sa", "");
		StringBuilder last = new StringBuilder();
		String[] sequences = args[1].split(",");
		for (String sequence : sequences) {
			long value = 0;
			for (int n = 0; n < 3; n++) {
				try (ResultSet rows = connection.createStatement().executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
					rows.next();
					value = rows.getLong(1);
				}
			}
			last.append(sequence).append('=').append(value).append(' ');
		}
		// longer than H2's write delay (500 ms): what was committed is on disk when we
		// are killed
		Thread.sleep(1500);
		System.out.println(last.toString().strip());
		System.out.flush();
		while (System.in.read() >= 0) {
			// killed here, never closed
		}
	}

}
