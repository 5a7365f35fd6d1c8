package london.sanctuary.workspace.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.ScannedQr;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A participant's QR card and scanning it at the door (decision 0036), in MockMvc with a signed-in officer and the
 * sessions' fake ports (the same context as {@link SessionPagesTests}).
 */
@Import(FakeSessions.class)
class CardPagesTests extends WorkspaceMockPageTest {

    static final FakeSessions.Diary DIARY = FakeSessions.DIARY;
    static final String DOOR = "/sessions/" + FakeSessions.FORUM + "/check-in";

    @Autowired
    CardCodes cards;

    @BeforeEach
    void setUp() {
        DIARY.reset();
    }

    MockHttpServletRequestBuilder scan(String card) {
        return post(DOOR + "/card")
                .with(SessionPagesTests.officer())
                .with(csrf())
                .param("card", card);
    }

    String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anOfficerPrintsACardWithTheBoroughItsQrAndItsCodeButNoName() throws Exception {
        // when
        String page = page(get("/people/" + FakeSessions.BILAL + "/card").with(SessionPagesTests.officer()), 200);

        // then
        String card =
                page.substring(page.indexOf("id=\"card\""), page.indexOf("</section>", page.indexOf("id=\"card\"")));
        CardCode code = cards.of("newham", FakeSessions.BILAL);
        assertThat(Html.text(card))
                .contains("Newham", code.printed(), "Show this card at the door")
                .doesNotContain("Bilal", "Osman", FakeSessions.BILAL);
        assertThat(ScannedQr.text(Html.attr(Html.tag(page, "card-qr"), "src"))).isEqualTo(code.value());
        assertThat(page).contains("Bilal Osman").doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void thePersonsPageLinksToTheCardAndSomeoneNotOnRecordHasNone() throws Exception {
        // when / then
        page(get("/people/d0000000-0000-4000-8000-000000000009/card").with(SessionPagesTests.officer()), 404);
        page(
                get("/people/" + FakeSessions.BILAL + "/card")
                        .with(SessionPagesTests.as("barnet.moveon", "Sam Lee", List.of("move-on"))),
                403);
    }

    @Test
    void aScannedCardChecksItsHolderInWithTheSameCallAsTickingTheirName() throws Exception {
        // given Bilal's card, as a scanner types it or an officer does
        String typed = cards.of("newham", FakeSessions.BILAL).printed().toLowerCase();

        // when
        MvcResult scanned = mvc.perform(scan(typed))
                .andExpect(redirectedUrl(DOOR))
                .andExpect(flash().attribute("checkedIn", "Bilal Osman"))
                .andReturn();
        String door = page(get(DOOR).with(SessionPagesTests.officer()).flashAttrs(scanned.getFlashMap()), 200);

        // then
        assertThat(DIARY.calls).containsExactly("attendance " + FakeSessions.BILAL);
        assertThat(DIARY.bodies.get(0)).containsEntry("attended", true);
        assertThat(Html.text(door)).contains("Bilal Osman is checked in.");
        assertThat(Html.tag(door, "card")).contains("autofocus");
        assertThat(Html.attr(Html.tag(door, "scan-form"), "action")).isEqualTo(DOOR + "/card");
    }

    @Test
    void someoneAlreadyHereIsNotRecordedTwice() throws Exception {
        // when
        mvc.perform(scan(cards.of("newham", FakeSessions.AMINA).value()))
                .andExpect(redirectedUrl(DOOR))
                .andExpect(flash().attribute("alreadyIn", true));

        // then
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void aCardOfSomeoneNotRegisteredIsRefusedNamingTheFieldInThePagesLanguage() throws Exception {
        // given a card of someone in the borough who is not registered, and of a registered person in another
        String stranger =
                cards.of("newham", "d0000000-0000-4000-8000-000000000009").value();
        String otherBorough = cards.of("barnet", FakeSessions.BILAL).value();

        // when
        String english = page(scan(stranger), 422);
        String arabic = page(scan(otherBorough).param("lang", "ar"), 422);

        // then
        assertThat(english).contains("<a href=\"#card\">No one registered for this session has this card.");
        assertThat(Html.tag(english, "card-error")).isNotEmpty();
        assertThat(Html.tag(english, "card")).contains("govuk-input--error").contains("card-error");
        assertThat(arabic).contains("<a href=\"#card\">لا أحد من المسجلين في هذه الجلسة يحمل هذه البطاقة");
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void nothingOrSomethingElseScannedIsAskedForAgain() throws Exception {
        // when
        String empty = page(scan("  "), 400);
        String url = page(scan("https://example.test/?participant=1"), 400);

        // then
        assertThat(empty).contains("<a href=\"#card\">Scan a card, or type the code under the QR code</a>");
        assertThat(url).contains("<a href=\"#card\">Enter the card&#39;s code: 10 letters and numbers");
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void someoneWaitingForAPlaceIsToldSoAndNotCheckedIn() throws Exception {
        // when
        String waiting = page(scan(cards.of("newham", FakeSessions.CHRO).value()), 422);

        // then
        assertThat(Html.text(waiting)).contains("Chro Ahmed is on the waitlist for this session");
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void theServicesRefusalIsShownAtTheFieldAndNothingPersonalIsLogged() throws Exception {
        // given
        DIARY.refuseNext =
                new ServiceRefusal("engagement", 422, Optional.of("participantRef"), "The session was cancelled");

        // when
        String refused;
        List<String> logged;
        try (LogCapture logs = LogCapture.open()) {
            refused = page(scan(cards.of("newham", FakeSessions.BILAL).value()), 422);
            mvc.perform(scan(cards.of("newham", FakeSessions.BILAL).value())).andExpect(redirectedUrl(DOOR));
            logged = logs.lines();
        }

        // then
        assertThat(refused).contains("<a href=\"#card\">The session was cancelled</a>");
        assertThat(String.join("\n", logged)).doesNotContain("Bilal", "Osman");
    }
}
