package london.sanctuary.proof.security;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import london.sanctuary.platform.architecture.HostLayout;

/** The hosts' layout rules over main and test code: this module starts the services to prove them. */
@AnalyzeClasses(packages = "london.sanctuary.proof.security")
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(HostLayout.class);
}
