package london.sanctuary.local;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.HostLayout;

/** The hosts' layout rules: local-platform hosts every service, naming each application class on purpose. */
@AnalyzeClasses(packages = "london.sanctuary.local", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(HostLayout.class);
}
