package london.sanctuary.proof.bench;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import london.sanctuary.platform.architecture.ModuleLayout;

/**
 * The layout rule of every module, over main and test code (the benchmarks and their checks). A proof module starts the services
 * themselves to prove them, so "no service reaches into another" does not apply here: it names every service's
 * application on purpose. Under {@code london.sanctuary.proof} the module itself is one slice of
 * {@link ModuleLayout#featuresAreFreeOfCycles}, so its own packages are checked one level down as well.
 */
@AnalyzeClasses(packages = "london.sanctuary.proof.bench")
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ModuleLayout.featuresAreFreeOfCycles;

    @ArchTest
    static final ArchRule proofPackagesAreFreeOfCycles = slices().matching("london.sanctuary.proof.(*).(*)..")
            .namingSlices("$1.$2")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true)
            .because("the proof's packages form a tree too (STYLE.md 1)");
}
