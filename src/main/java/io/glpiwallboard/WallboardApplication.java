package io.glpiwallboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring configuration of every command. It has no {@code main}: the entry point is
 * {@code io.glpiwallboard.cli.Cli}, which picks the command and starts this
 * configuration, so that this package depends on no feature package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WallboardApplication {

}
