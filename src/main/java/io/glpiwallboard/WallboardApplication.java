package io.glpiwallboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WallboardApplication {

	public static void main(String[] args) {
		System.exit(io.glpiwallboard.cli.Cli.run(args));
	}

}
