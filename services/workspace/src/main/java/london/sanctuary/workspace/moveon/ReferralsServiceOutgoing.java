package london.sanctuary.workspace.moveon;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.Versions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link OutgoingReferrals} over the referrals service's API, with the signed-in person's token. */
@Component
class ReferralsServiceOutgoing implements OutgoingReferrals {

    private static final String REFERRALS = "/api/boroughs/{borough}/referrals";
    private static final String REFERRAL = REFERRALS + "/{id}";
    private final Supplier<RestClient> referrals;

    @Autowired
    ReferralsServiceOutgoing(ServiceClients clients) {
        this(() -> clients.of("referrals"));
    }

    /** Over any client of the referrals service (tests: one bound to a mock server). */
    ReferralsServiceOutgoing(Supplier<RestClient> referrals) {
        this.referrals = referrals;
    }

    @Override
    public SentReferral send(String borough, ReferralDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referralId", draft.referralId());
        body.put("participantRef", draft.participantRef());
        body.put("toBorough", draft.toBorough());
        body.put("reason", draft.reason());
        body.put("moveDate", draft.moveDate());
        body.put(
                "support",
                draft.support().stream()
                        .map(s -> support(s.kind(), s.level(), s.urgency()))
                        .toList());
        if (!draft.note().isBlank()) {
            body.put("note", draft.note());
        }
        return versioned(referrals
                .get()
                .post()
                .uri(REFERRALS, borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(SentReferral.class));
    }

    @Override
    public List<SentReferral> sent(String borough) {
        SentReferral[] list = referrals
                .get()
                .get()
                .uri(REFERRALS + "?limit=100", borough)
                .retrieve()
                .body(SentReferral[].class);
        return list == null ? List.of() : Arrays.asList(list);
    }

    @Override
    public SentReferral find(String borough, String referralId) {
        return versioned(referrals
                .get()
                .get()
                .uri(REFERRAL, borough, referralId)
                .retrieve()
                .toEntity(SentReferral.class));
    }

    @Override
    public SentReferral cancel(String borough, String referralId, long version) {
        return versioned(referrals
                .get()
                .post()
                .uri(REFERRAL + "/cancellation", borough, referralId)
                .header("If-Match", Versions.ifMatch(version))
                .retrieve()
                .toEntity(SentReferral.class));
    }

    private static Map<String, Object> support(String kind, String level, String urgency) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("urgency", urgency);
        if (level != null && !level.isBlank()) {
            item.put("level", level);
        }
        return item;
    }

    private static SentReferral versioned(ResponseEntity<SentReferral> answer) {
        Long version = Versions.of(answer);
        return answer.getBody().withVersion(version == null ? 0 : version);
    }
}
