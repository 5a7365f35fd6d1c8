package london.sanctuary.consent;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "london.sanctuary.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The platform's envelope encryption core: plain Java, one copy for every service (decision 0020). */
    private static final String SHARED_CRYPTO = "london.sanctuary.platform.crypto";

    @ArchTest
    static final ArchRule domainCodeKnowsNoFrameworkBrokerOrStore = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..persistence..", "..messaging..", "..config..")
            .and()
            .doNotHaveFullyQualifiedName(ConsentApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("aggregates, values and application services are plain Java (STYLE.md 6)");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..persistence..", "..messaging..", "..config..")
            .and()
            .doNotHaveFullyQualifiedName(ConsentApplication.class.getName())
            .should()
            .dependOnClassesThat(
                    resideInAnyPackage("..web..", "..persistence..", "..messaging..", "london.sanctuary.platform..")
                            .and(not(resideInAPackage(SHARED_CRYPTO))))
            .because("adapters depend on the domain, never the other way round");
}
