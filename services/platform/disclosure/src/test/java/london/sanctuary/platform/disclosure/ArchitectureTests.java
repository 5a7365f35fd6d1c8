package london.sanctuary.platform.disclosure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Disclosure control is plain Java, so domain code of any service (a dashboard, an export) may use it. */
@AnalyzeClasses(packages = "london.sanctuary.platform.disclosure", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule disclosureControlStandsAlone = noClasses()
            .that()
            .resideInAPackage("london.sanctuary.platform.disclosure..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("london.sanctuary.platform.disclosure..", "java..")
            .because("disclosure control is pure Java that any export can reuse");
}
