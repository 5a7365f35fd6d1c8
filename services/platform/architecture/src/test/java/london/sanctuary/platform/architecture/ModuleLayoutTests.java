package london.sanctuary.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class ModuleLayoutTests {

    private static EvaluationResult cyclesIn(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(rootPackage);
        return ModuleLayout.featuresAreFreeOfCycles.evaluate(classes);
    }

    @Test
    void givenTwoPackagesThatNeedEachOther_whenTheCycleRuleRuns_thenItFailsNamingBoth() {
        EvaluationResult result = cyclesIn("london.sanctuary.tangled");

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("tangled.forms")
                .contains("tangled.answers");
    }

    @Test
    void givenPackagesThatDependOneWay_whenTheCycleRuleRuns_thenItPasses() {
        assertThat(cyclesIn("london.sanctuary.tidy").hasViolation()).isFalse();
    }

    @Test
    void givenAClassOfOneServiceNamingAnother_whenTheRuleRuns_thenItFails() {
        JavaClasses classes = new ClassFileImporter().importPackages("london.sanctuary.alpha", "london.sanctuary.beta");

        EvaluationResult result = ModuleLayout.noServiceReachesIntoAnother.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Reacher").contains("Private");
    }

    @Test
    void givenAServiceNamingOnlyItselfTheSchemasAndThePlatform_whenTheRuleRuns_thenItPasses() {
        JavaClasses classes = new ClassFileImporter().importPackages("london.sanctuary.tidy");

        assertThat(ModuleLayout.noServiceReachesIntoAnother.evaluate(classes).hasViolation())
                .isFalse();
    }

    @Test
    void givenPackageNames_whenTheirModuleIsRead_thenItIsTheThirdSegment() {
        assertThat(ModuleLayout.moduleOf("london.sanctuary.consent.participant"))
                .isEqualTo("consent");
        assertThat(ModuleLayout.moduleOf("london.sanctuary.platform")).isEqualTo("platform");
        assertThat(ModuleLayout.moduleOf("java.util")).isNull();
    }
}
