package london.sanctuary.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.ModuleLayout;

/** The layout rules every module keeps, over this module and the platform modules it builds on. */
@AnalyzeClasses(packages = "london.sanctuary.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ModuleLayout.class);
}
