package london.sanctuary.local;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import london.sanctuary.platform.architecture.ModuleLayout;

/**
 * The layout rule of every module: no package cycles. The local platform hosts the services in one JVM, so it
 * names each service's application on purpose and "no service reaches into another" does not apply to it.
 */
@AnalyzeClasses(packages = "london.sanctuary.local", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ModuleLayout.featuresAreFreeOfCycles;
}
