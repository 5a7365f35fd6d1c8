package london.sanctuary.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.ServiceLayout;

/** The platform's layout: no package cycles, plain domain code, adapters outside it (disclosure control is the platform's). */
@AnalyzeClasses(packages = "london.sanctuary.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceLayout.class);
}
