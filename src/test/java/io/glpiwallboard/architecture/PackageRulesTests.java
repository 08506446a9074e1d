package io.glpiwallboard.architecture;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules the code is drawn by: features point one way, GLPI's protocol and the
 * simulator stand apart, and the figures know nothing of where the tickets came from.
 */
class PackageRulesTests {

	private static final String PRODUCT = "io.glpiwallboard..";

	private static final String WALLBOARD = "io.glpiwallboard.wallboard";

	private static final String VIEW = "io.glpiwallboard.wallboard.view..";

	private static final String WEB = "io.glpiwallboard.wallboard.web..";

	private static final String STATIC_BOARD = "io.glpiwallboard.wallboard.staticboard..";

	private static JavaClasses production;

	@BeforeAll
	static void importProductionClasses() {
		production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.glpiwallboard");
	}

	@Test
	void featurePackagesAndTheRootPackageHaveNoCycles() {
		// matched from "io." so that the root package (WallboardApplication) is a slice
		// too: "io.glpiwallboard.(**)" matches sub-packages only
		slices().matching("io.(**)").should().beFreeOfCycles().check(production);
	}

	@Test
	void glpiClientImportsNoProductPackage() {
		noClasses().that()
			.resideInAPackage("io.glpiwallboard.glpi..")
			.should()
			.dependOnClassesThat(otherProductPackageThan("io.glpiwallboard.glpi.."))
			.check(production);
	}

	@Test
	void snapshotKnowsNothingOfGlpiOrTheSync() {
		noClasses().that()
			.resideInAPackage("io.glpiwallboard.snapshot..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.glpiwallboard.glpi..", "io.glpiwallboard.sync..")
			.check(production);
	}

	@Test
	void onlyTheCommandLineStartsTheSimulator() {
		classes().that()
			.resideInAPackage("io.glpiwallboard.simulator..")
			.should()
			.onlyHaveDependentClassesThat()
			.resideInAnyPackage("io.glpiwallboard.simulator..", "io.glpiwallboard.cli..")
			.check(production);
	}

	@Test
	void simulatorImportsNoProductPackage() {
		noClasses().that()
			.resideInAPackage("io.glpiwallboard.simulator..")
			.should()
			.dependOnClassesThat(otherProductPackageThan("io.glpiwallboard.simulator.."))
			.check(production);
	}

	/**
	 * The board's root package holds what both outputs share (its settings, the latest
	 * snapshot and its freshness) and knows neither of them nor of the view model built
	 * on it.
	 */
	@Test
	void wallboardRootImportsNoSubPackage() {
		noClasses().that()
			.resideInAPackage(WALLBOARD)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(VIEW, WEB, STATIC_BOARD)
			.check(production);
	}

	/**
	 * The view model and its rendering serve the live pages and the static board alike:
	 * they import neither.
	 */
	@Test
	void boardViewImportsNeitherTheLivePagesNorTheStaticBoard() {
		noClasses().that()
			.resideInAPackage(VIEW)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(WEB, STATIC_BOARD)
			.check(production);
	}

	@Test
	void livePagesAndStaticBoardImportNotEachOther() {
		noClasses().that()
			.resideInAPackage(WEB)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(STATIC_BOARD)
			.check(production);
		noClasses().that()
			.resideInAPackage(STATIC_BOARD)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(WEB)
			.check(production);
	}

	/**
	 * Only the live pages know the web server: the settings, the view model and the
	 * static board use no servlet, Spring MVC, HTTP or Tomcat type, so the static board
	 * is written the same without one.
	 */
	@Test
	void onlyTheLivePagesKnowTheWebServer() {
		noClasses().that()
			.resideInAnyPackage(WALLBOARD, VIEW, STATIC_BOARD)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..",
					"org.apache.catalina..", "org.springframework.boot.web..", "org.springframework.boot.tomcat..")
			.check(production);
	}

	/**
	 * GLPI's list protocol (RSQL filters, sorts, ranges) is written in {@code glpi}
	 * alone: {@code sync} asks for "tickets modified since", "tickets in an id range",
	 * "the entity tree", and neither builds a {@code ListQuery} nor holds a string that
	 * looks like RSQL or a list request's parameters.
	 */
	@Test
	void syncBuildsNoGlpiQueryStrings() {
		noClasses().that()
			.resideInAPackage("io.glpiwallboard.sync..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("io.glpiwallboard.glpi.ListQuery")
			.check(production);
		classes().that()
			.resideInAPackage("io.glpiwallboard.sync..")
			.should(holdNoStringMatching(GLPI_QUERY))
			.check(production);
	}

	@Test
	void theQueryStringRuleRecognisesTheQueriesGlpiBuilds() {
		// given: the class that writes GLPI's filters and sorts, read as the rule reads
		// sync's classes
		JavaClass queries = production.get("io.glpiwallboard.glpi.ListQueries");

		// when
		List<String> caught = StringConstants.of(queries.getSource().orElseThrow().getUri())
			.stream()
			.filter(s -> GLPI_QUERY.matcher(s).find())
			.toList();

		// then: ranges, keysets, dates and sorts would all be caught in sync
		assertThat(caught).anyMatch(s -> s.contains("id=ge="))
			.anyMatch(s -> s.contains("date_mod=gt="))
			.anyMatch(s -> s.contains("id:asc"));
		assertThat(
				List.of("Full sync of \u0001 tickets", "GLPI denied the entity list", "sync_run_seq", "id", "a == b"))
			.noneMatch(s -> GLPI_QUERY.matcher(s).find());
	}

	/**
	 * RSQL comparisons and list parameters: {@code id=ge=}, {@code date_mod==},
	 * {@code id:asc}, {@code filter=}.
	 */
	private static final Pattern GLPI_QUERY = Pattern
		.compile("[a-z_]=([a-z]+)?=|\\w:(asc|desc)\\b|\\b(filter|sort|start|limit)=");

	private static ArchCondition<JavaClass> holdNoStringMatching(Pattern pattern) {
		return new ArchCondition<>("hold no string literal like an RSQL filter or a list request's parameters") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				URI classFile = item.getSource().orElseThrow().getUri();
				for (String literal : StringConstants.of(classFile)) {
					if (pattern.matcher(literal).find()) {
						events.add(SimpleConditionEvent.violated(item, item.getName() + " holds \"" + literal + "\""));
					}
				}
			}
		};
	}

	/**
	 * Every figure is the snapshot's: only {@code snapshot} (which takes and reads the
	 * snapshots and lists the open tickets) and {@code sync} (which writes the mirror)
	 * query the database. The one other table, {@code mail_delivery}, is the mail's own
	 * log; {@code system} only tells storage failures apart (SQL states, the pool), it
	 * runs no query.
	 */
	@Test
	void onlyTheSnapshotAndTheSyncQueryTheMirror() {
		noClasses().that()
			.resideOutsideOfPackages("io.glpiwallboard.snapshot..", "io.glpiwallboard.sync..")
			.and()
			.doNotHaveSimpleName("MailDeliveries")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data.jdbc..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.Connection")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.Statement")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.PreparedStatement")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.DriverManager")
			.because("report, wallboard, mail and monitoring read figures, they do not compute them")
			.check(production);
	}

	/**
	 * The mail's delivery log reads and writes its own table, never the mirror or the
	 * snapshots.
	 */
	@Test
	void theMailDeliveryLogTouchesOnlyItsTable() throws Exception {
		JavaClass log = production.stream()
			.filter(c -> c.getSimpleName().equals("MailDeliveries"))
			.findFirst()
			.orElseThrow();
		String source = Files.readString(Path.of("src/main/java", log.getName().replace('.', '/') + ".java"));
		assertThat(source).contains("mail_delivery")
			.doesNotContainIgnoringCase("glpi_")
			.doesNotContainIgnoringCase("snapshot_");
	}

	private static DescribedPredicate<JavaClass> otherProductPackageThan(String own) {
		return resideInAPackage(PRODUCT).and(resideOutsideOfPackage(own));
	}

}
