package london.sanctuary.feedback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "london.sanctuary.feedback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainCodeKnowsNoFrameworkBrokerOrStore = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..persistence..", "..messaging..", "..config..")
            .and()
            .doNotHaveFullyQualifiedName(FeedbackApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("aggregates, values and application services are plain Java (STYLE.md 6)");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..persistence..", "..messaging..", "..config..")
            .and()
            .doNotHaveFullyQualifiedName(FeedbackApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..persistence..", "..messaging..", "london.sanctuary.platform..")
            .because("adapters depend on the domain, never the other way round");
}
