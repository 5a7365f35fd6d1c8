package london.sanctuary.workspace;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.ModuleLayout;

/** The layout rules: no cycles between its packages, and no other service's classes. */
@AnalyzeClasses(packages = "london.sanctuary.workspace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ModuleLayout.class);
}
