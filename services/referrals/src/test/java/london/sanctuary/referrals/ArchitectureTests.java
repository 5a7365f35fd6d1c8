package london.sanctuary.referrals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import london.sanctuary.platform.architecture.ServiceLayout;

/** The platform's layout (no package cycles, plain domain code, adapters outside it) and referrals' own rule. */
@AnalyzeClasses(packages = "london.sanctuary.referrals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceLayout.class);

    @ArchTest
    static final ArchRule onlyTheRemoteAdaptersKnowResilience4jAndOAuth2Clients = noClasses()
            .that()
            .resideOutsideOfPackages("..remote..", "..config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.resilience4j..", "org.springframework.security.oauth2.client..")
            .because("outbound calls are one adapter per port");
}
