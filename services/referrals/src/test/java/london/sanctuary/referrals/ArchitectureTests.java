package london.sanctuary.referrals;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "london.sanctuary.referrals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The platform's envelope encryption core: plain Java, one copy for every service (decision 0020). */
    private static final String SHARED_CRYPTO = "london.sanctuary.platform.crypto";

    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging..", "..config..", "..remote.."
    };

    @ArchTest
    static final ArchRule domainCodeKnowsNoFrameworkBrokerOrStore = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .doNotHaveFullyQualifiedName(ReferralsApplication.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("aggregates, values and application services are plain Java (STYLE.md 6)");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .and()
            .doNotHaveFullyQualifiedName(ReferralsApplication.class.getName())
            .should()
            .dependOnClassesThat(resideInAnyPackage(
                            "..web..", "..persistence..", "..messaging..", "..remote..", "london.sanctuary.platform..")
                    .and(not(resideInAPackage(SHARED_CRYPTO))))
            .because("adapters depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule onlyTheRemoteAdaptersKnowResilience4jAndOAuth2Clients = noClasses()
            .that()
            .resideOutsideOfPackages("..remote..", "..config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.resilience4j..", "org.springframework.security.oauth2.client..")
            .because("outbound calls are one adapter per port");
}
