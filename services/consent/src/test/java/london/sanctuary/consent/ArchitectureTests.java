package london.sanctuary.consent;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.ServiceLayout;

/** The platform's layout rules (no package cycles, plain-Java domain, adapters at the edge); none of its own. */
@AnalyzeClasses(packages = "london.sanctuary.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceLayout.class);
}
