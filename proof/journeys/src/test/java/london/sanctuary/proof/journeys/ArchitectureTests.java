package london.sanctuary.proof.journeys;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.HostLayout;

/** The hosts' layout rules over the test code: this module starts the whole platform to walk it. */
@AnalyzeClasses(packages = "london.sanctuary.proof.journeys")
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(HostLayout.class);
}
