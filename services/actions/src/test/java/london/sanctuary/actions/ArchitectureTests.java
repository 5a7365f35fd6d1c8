package london.sanctuary.actions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "london.sanctuary.actions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] ADAPTERS = {
        "..web..", "..persistence..", "..messaging..", "..config..", "..notify..", "..contact.."
    };

    @ArchTest
    static final ArchRule domainCodeKnowsNoFrameworkBrokerOrStore = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .doNotHaveFullyQualifiedName(ActionsApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("aggregates, values and application services are plain Java (STYLE.md 6)");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .doNotHaveFullyQualifiedName(ActionsApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..web..",
                    "..persistence..",
                    "..messaging..",
                    "..notify..",
                    "..contact..",
                    "london.sanctuary.platform..")
            .because("adapters depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule onlyTheNotifyAdapterKnowsNotify = noClasses()
            .that()
            .resideOutsideOfPackages("..notify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uk.gov.service.notify..")
            .because("GOV.UK Notify is one adapter of the LoopNotices port");
}
