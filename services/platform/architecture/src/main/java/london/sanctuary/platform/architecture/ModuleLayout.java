package london.sanctuary.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules every module keeps, whatever it is: a service, a platform module, the schemas. A module's
 * {@code ArchitectureTests} runs them with {@code @ArchTest static final ArchTests layout =
 * ArchTests.in(ModuleLayout.class)} (services run {@link ServiceLayout}, which includes these).
 */
public final class ModuleLayout {

    /** The shared language: event contracts, ids and refusals. */
    public static final String SCHEMAS = "london.sanctuary.contracts..";

    /** The platform's modules: the starter and what it pulls together. */
    public static final String PLATFORM = "london.sanctuary.platform..";

    private ModuleLayout() {}

    /**
     * The top-level packages of a module (its features, or its platform rules) never need each other both ways.
     * A cycle means a class sits in the wrong package, or two packages are one feature.
     */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices().matching("london.sanctuary.(*).(*)..")
            .namingSlices("$1.$2")
            .should()
            .beFreeOfCycles()
            .because("a module's packages form a tree a newcomer can read from the top (STYLE.md 1)");

    /**
     * Services talk through events and APIs only: a class of one service never names a class of another; the
     * shared schemas and the platform are for everyone, and depend on no service.
     */
    @ArchTest
    public static final ArchRule noServiceReachesIntoAnother = classes()
            .that()
            .resideInAPackage("london.sanctuary..")
            .should(new ArchCondition<JavaClass>("depend on no other service") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = moduleOf(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = moduleOf(dependency.getTargetClass().getPackageName());
                        boolean shared = target == null || target.equals("contracts") || target.equals("platform");
                        if (!shared && !target.equals(own)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("each service owns its data and is deployed on its own; the platform serves them all");

    /** The schemas are what every module may import, so they import nothing else of ours. */
    @ArchTest
    public static final ArchRule schemasImportNothingOfOurs = noClasses()
            .that()
            .resideInAPackage(SCHEMAS)
            .should()
            .dependOnClassesThat(resideInAPackage("london.sanctuary..").and(not(resideInAPackage(SCHEMAS))))
            .allowEmptyShould(true)
            .because("the shared language depends on no service and no platform module");

    /** {@code consent} for {@code london.sanctuary.consent.participant}; null outside our packages. */
    static String moduleOf(String packageName) {
        String prefix = "london.sanctuary.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
