package london.sanctuary.platform.pages.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectAccessBundleTests {

    @Test
    void theBundleHoldsTheSixSectionsInTheOrderTheDownloadShowsThem() {
        assertThat(SubjectAccessBundle.SECTIONS)
                .extracting(SubjectAccessBundle.Section::name)
                .containsExactly("profile", "consentReceipt", "sessions", "linkedFeedback", "noticesSent", "referrals");
    }

    @Test
    void everySectionOfAnotherServiceHasANarrowPersonalAddressApartFromItsStaffOne() {
        assertThat(SubjectAccessBundle.SECTIONS)
                .filteredOn(section -> !section.service().equals("consent"))
                .allSatisfy(section -> {
                    assertThat(section.personalPath()).startsWith("/api/boroughs/{b}/personal/{ref}/");
                    assertThat(section.staffPath()).startsWith("/api/boroughs/{b}/participants/{ref}");
                });
    }
}
