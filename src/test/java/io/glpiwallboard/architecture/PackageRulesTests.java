package io.glpiwallboard.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules the code is drawn by: features point one way, GLPI's protocol and the
 * simulator stand apart, and the figures know nothing of where the tickets came from.
 */
class PackageRulesTests {

	private static final String PRODUCT = "io.glpiwallboard..";

	private static JavaClasses production;

	@BeforeAll
	static void importProductionClasses() {
		production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.glpiwallboard");
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.glpiwallboard.(**)").should().beFreeOfCycles().check(production);
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

	private static DescribedPredicate<JavaClass> otherProductPackageThan(String own) {
		return resideInAPackage(PRODUCT).and(resideOutsideOfPackage(own));
	}

}
