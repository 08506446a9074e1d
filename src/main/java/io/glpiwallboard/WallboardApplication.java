package io.glpiwallboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WallboardApplication {

	public static void main(String[] args) {
		io.glpiwallboard.cli.Cli.main(args);
	}

}
