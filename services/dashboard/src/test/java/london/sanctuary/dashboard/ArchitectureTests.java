package london.sanctuary.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import london.sanctuary.platform.architecture.ServiceLayout;

/** The platform's layout (no package cycles, plain domain code, adapters outside it) and the dashboard's own rule. */
@AnalyzeClasses(packages = "london.sanctuary.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceLayout.class);

    @ArchTest
    static final ArchRule disclosureControlStandsAlone = noClasses()
            .that()
            .resideInAPackage("london.sanctuary.dashboard.disclosure..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("london.sanctuary.dashboard.disclosure..", "java..")
            .because("disclosure control is pure Java that any export can reuse");
}
