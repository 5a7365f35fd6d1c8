package london.sanctuary.actions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import london.sanctuary.platform.architecture.ServiceLayout;

@AnalyzeClasses(packages = "london.sanctuary.actions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceLayout.class);

    @ArchTest
    static final ArchRule onlyTheNotifyAdapterKnowsNotify = noClasses()
            .that()
            .resideOutsideOfPackages("..notify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uk.gov.service.notify..")
            .because("GOV.UK Notify is one adapter of the LoopNotices port");
}
