package io.glpiwallboard.cli;

import java.util.Map;

import io.glpiwallboard.WallboardApplication;
import io.glpiwallboard.glpi.GlpiProperties;
import io.glpiwallboard.system.DaysOfWeek;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Binds and validates every {@code @ConfigurationProperties} record of the product before
 * the real start, in a context that holds nothing else: no DataSource, no Flyway, no web
 * server. A configuration error then fails in a fraction of a second and never creates a
 * database file. Not a {@code @Component}, so the application's own component scan never
 * picks it up. It holds the converters the records need
 * ({@code @ConfigurationPropertiesBinding}, e.g. {@link DaysOfWeek}).
 */
@ConfigurationPropertiesScan(basePackageClasses = WallboardApplication.class)
@Import(DaysOfWeek.class)
class ConfigurationCheck {

	private ConfigurationCheck() {
	}

	/**
	 * @param defaults the same default properties as the real start
	 * @param args the same arguments as the real start ({@code --property=value})
	 * @return the bound GLPI settings, whose completeness the caller judges ({@code run}
	 * needs them, {@code serve} only warns)
	 * @throws Cli.StartupFailedException for a setting no record binds
	 * ({@link GivenSettings})
	 * @throws RuntimeException Spring's binding or validation failure, for
	 * {@link StartupFailures#describe}
	 */
	static GlpiProperties check(Map<String, Object> defaults, String[] args) {
		SpringApplication app = new SpringApplication(ConfigurationCheck.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(defaults);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setRegisterShutdownHook(false);
		// the settings as given first: binding would ignore a misspelled key and take the
		// default for an empty value
		app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> GivenSettings
			.fromMetadata(ConfigurationCheck.class.getClassLoader())
			.check(event.getEnvironment())
			.ifPresent(unknown -> {
				throw new Cli.StartupFailedException(unknown, null);
			}));
		try (ConfigurableApplicationContext context = app.run(args)) {
			return context.getBean(GlpiProperties.class);
		}
	}

}
