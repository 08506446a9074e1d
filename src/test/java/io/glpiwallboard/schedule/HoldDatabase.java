package io.glpiwallboard.schedule;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Stands in for a running {@code serve}: opens the H2 file database, says "ready" and
 * keeps it open until its standard input closes. Started as a separate process by
 * {@link SecondProcessTests}.
 */
public final class HoldDatabase {

	private HoldDatabase() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			connection.createStatement().execute("CREATE TABLE IF NOT EXISTS held (id INT)");
			System.out.println("ready");
			System.out.flush();
			while (System.in.read() >= 0) {
				// wait for the test to close our input
			}
		}
	}

}
