package london.sanctuary.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "london.sanctuary.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging..", "..config.."};

    @ArchTest
    static final ArchRule domainCodeKnowsNoFrameworkBrokerOrStore = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .doNotHaveFullyQualifiedName(DashboardApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("the read model and disclosure control are plain Java (STYLE.md 6)");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .doNotHaveFullyQualifiedName(DashboardApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..persistence..", "..messaging..", "london.sanctuary.platform..")
            .because("adapters depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule disclosureControlStandsAlone = noClasses()
            .that()
            .resideInAPackage("london.sanctuary.dashboard.disclosure..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("london.sanctuary.dashboard.disclosure..", "java..")
            .because("disclosure control is pure Java that any export can reuse");
}
