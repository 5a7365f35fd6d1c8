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
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scanning a participant's card at the door (decisions 0036, 0063): its QR code (their personal link) or its typed
 * code, in MockMvc with a signed-in officer and the
 * sessions' fake ports (the same context as {@link SessionPagesTests}).
 */
class CardPagesTests extends WorkspaceMockPageTest {

    static final FakeSessions.Diary DIARY = FakeSessions.DIARY;
    static final String DOOR = "/sessions/" + FakeSessions.FORUM + "/check-in";

    @Autowired
    CardCodes cards;

    static final FakeSessions.Cards CARDS = FakeSessions.CARDS;

    @BeforeEach
    void setUp() {
        DIARY.reset();
        CARDS.reset();
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
    void aScannedPersonalLinkCardChecksItsHolderInAndItsTokenIsNeitherLoggedNorShownNorFlashed() throws Exception {
        // given Bilal's live personal-link card, as the camera or a scanner reads its QR code
        String token = "Bq3x_-" + "k".repeat(37);
        CARDS.live.put(token, FakeSessions.BILAL);

        // when
        MvcResult scanned;
        List<String> logged;
        try (LogCapture logs = LogCapture.open()) {
            scanned = mvc.perform(scan("https://sanctuary.example/public/me/" + token))
                    .andExpect(redirectedUrl(DOOR))
                    .andExpect(flash().attribute("checkedIn", "Bilal Osman"))
                    .andReturn();
            logged = logs.lines();
        }
        String door = page(get(DOOR).with(SessionPagesTests.officer()).flashAttrs(scanned.getFlashMap()), 200);

        // then
        assertThat(DIARY.calls).containsExactly("attendance " + FakeSessions.BILAL);
        assertThat(scanned.getFlashMap().values())
                .noneMatch(value -> String.valueOf(value).contains(token));
        assertThat(String.join("\n", logged)).doesNotContain(token);
        assertThat(door).doesNotContain(token);
    }

    @Test
    void anEndedExpiredOrAnotherBoroughsCardChecksNobodyInAndSaysSoWithoutEchoingIt() throws Exception {
        // given a link the consent service does not answer for, and Bilal's code while he holds no live link
        String token = "Zz9_-" + "q".repeat(38);
        CARDS.ended.add(FakeSessions.BILAL);

        // when
        String ended = page(scan("http://localhost:8081/public/me/" + token), 422);
        String typedWithoutLink =
                page(scan(cards.of("newham", FakeSessions.BILAL).value()).param("lang", "ar"), 422);

        // then
        assertThat(ended)
                .contains("<a href=\"#card\">This card no longer works")
                .doesNotContain(token);
        assertThat(typedWithoutLink).contains("<a href=\"#card\">هذه البطاقة لم تعد تعمل");
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void aLiveCardOfSomeoneNotRegisteredForThisSessionIsRefusedAsNotRegistered() throws Exception {
        // given
        String token = "Nn4_-" + "w".repeat(38);
        CARDS.live.put(token, "d0000000-0000-4000-8000-000000000009");

        // when
        String refused = page(scan("http://localhost:8081/public/me/" + token), 422);

        // then
        assertThat(refused).contains("<a href=\"#card\">No one registered for this session has this card.");
        assertThat(DIARY.calls).isEmpty();
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
