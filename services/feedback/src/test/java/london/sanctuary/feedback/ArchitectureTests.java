package london.sanctuary.feedback;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.ServiceLayout;

@AnalyzeClasses(packages = "london.sanctuary.feedback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceLayout.class);
}
