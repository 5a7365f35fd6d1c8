package london.sanctuary.workspace.moveon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Borough;

/**
 * A referral as the sending borough sees it (the referrals API's {@code ReferralView}): routing, status, the SLA
 * clock and what happened to it. Nothing personal: the package stays sealed in the referrals service.
 *
 * @param takenOnBy the support items the receiving borough handed over, by item: the kind, whether to a service of
 *     its directory and, once the receiving borough's referrals service said, which (decision 0045)
 * @param version from the answer's ETag (0 in a list, where the API gives none), what a cancellation is made against
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SentReferral(
        String referralId,
        String toBorough,
        String participantRef,
        String status,
        String reason,
        List<String> supportKinds,
        LocalDate moveDate,
        Instant sentAt,
        Instant respondBy,
        boolean overdue,
        Instant decidedAt,
        String declineReason,
        Instant endedAt,
        Notice erasureNotice,
        Receipt erasureReceipt,
        List<TakenOn> takenOnBy,
        Long version) {

    public SentReferral {
        version = version == null ? 0L : version;
        supportKinds = supportKinds == null ? List.of() : List.copyOf(supportKinds);
        takenOnBy = takenOnBy == null ? List.of() : List.copyOf(takenOnBy);
    }

    /** Undecided: the receiver has not answered, so the sender may still cancel. */
    public boolean undecided() {
        return "REQUESTED".equals(status) || "RECEIVED".equals(status);
    }

    /** A directory service took an item on and the receiving borough has not said which yet. */
    public boolean serviceToLearn() {
        return takenOnBy.stream().anyMatch(t -> t.fromDirectory() && !t.named());
    }

    /** The receiving borough's name ({@code Barnet}). */
    public String toName() {
        return Borough.isKnown(toBorough) ? Borough.of(toBorough).name() : toBorough;
    }

    /** The GOV.UK tag colour of its status: blue while waiting, green taken on, red declined, grey ended. */
    public String tagColour() {
        return switch (status == null ? "" : status) {
            case "REQUESTED" -> "govuk-tag--blue";
            case "RECEIVED" -> "govuk-tag--light-blue";
            case "ACCEPTED" -> "govuk-tag--green";
            case "IN_PROGRESS" -> "govuk-tag--turquoise";
            case "DECLINED" -> "govuk-tag--red";
            case "WITHDRAWN" -> "govuk-tag--orange";
            default -> "govuk-tag--grey";
        };
    }

    SentReferral withVersion(long version) {
        return new SentReferral(
                referralId,
                toBorough,
                participantRef,
                status,
                reason,
                supportKinds,
                moveDate,
                sentAt,
                respondBy,
                overdue,
                decidedAt,
                declineReason,
                endedAt,
                erasureNotice,
                erasureReceipt,
                takenOnBy,
                version);
    }

    /**
     * Support item {@code item} (of {@code kind}, null if the referral predates kinds by item) taken on in the
     * receiving borough, by a service of its directory or another local service; the directory service's name,
     * organisation and public url and phone once the receiving borough said which (null until then, and always for
     * another service).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TakenOn(
            int item,
            String kind,
            boolean fromDirectory,
            String service,
            String organisation,
            String url,
            String phone) {

        /** The receiving borough said which directory service. */
        public boolean named() {
            return service != null && !service.isBlank();
        }

        /** The service's web page, only as an http(s) address: it comes from another borough's directory. */
        public String website() {
            return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
        }

        /** The service's phone as a {@code tel:} link. */
        public String telephone() {
            return phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
        }
    }

    /** The erasure notice the sender sent on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(String ground, Instant notifiedAt) {}

    /** What the receiver did on it: DELETED, FLAGGED or ERASED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(String outcome, Instant acknowledgedAt) {}
}
