package london.sanctuary.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service keeps, on top of {@link ModuleLayout}: domain code (aggregates, values, application
 * services: every package that is not an adapter) is plain Java and does not reach into adapters. A service's
 * {@code ArchitectureTests} runs them with {@code @ArchTest static final ArchTests layout =
 * ArchTests.in(ServiceLayout.class)}.
 */
public final class ServiceLayout {

    /** Where a service meets a framework, the broker, the store or another system. */
    public static final String[] ADAPTERS = {
        "..web..", "..persistence..", "..messaging..", "..config..", "..notify..", "..contact..", "..remote.."
    };

    /**
     * The platform's parts that domain code may use: plain Java, no framework (decision 0020 for crypto; disclosure
     * control, which the dashboard's figures and the feedback export publish through; the subject-access bundle,
     * decision 0065).
     */
    public static final String[] PLAIN_PLATFORM = {
        "london.sanctuary.platform.crypto",
        "london.sanctuary.platform.disclosure",
        "london.sanctuary.platform.pages.subjectaccess"
    };

    private ServiceLayout() {}

    @ArchTest
    public static final ArchTests everyModule = ArchTests.in(ModuleLayout.class);

    @ArchTest
    public static final ArchRule domainCodeKnowsNoFrameworkBrokerOrStore = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .areNotAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("aggregates, values and application services are plain Java (STYLE.md 6)");

    @ArchTest
    public static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .areNotAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
            .should()
            .dependOnClassesThat(resideInAnyPackage(ADAPTERS)
                    .or(resideInAPackage(ModuleLayout.PLATFORM).and(not(resideInAnyPackage(PLAIN_PLATFORM)))))
            .because("adapters depend on the domain, never the other way round");
}
