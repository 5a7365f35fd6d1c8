package london.sanctuary.platform.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules for a module that hosts the services (local-platform, the proof modules): no package cycles, at the
 * top level and one level down (a proof module is itself one package under {@code london.sanctuary.proof}). "No
 * service reaches into another" does not apply: a host names every service's application on purpose. Run with
 * {@code @ArchTest static final ArchTests layout = ArchTests.in(HostLayout.class)}.
 */
public final class HostLayout {

    private HostLayout() {}

    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = ModuleLayout.featuresAreFreeOfCycles;

    @ArchTest
    public static final ArchRule nestedPackagesAreFreeOfCycles = slices().matching("london.sanctuary.(*).(*).(*)..")
            .namingSlices("$1.$2.$3")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true)
            .because("a host's packages form a tree too, one level down as well");
}
