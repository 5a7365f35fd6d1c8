package london.sanctuary.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.sanctuary.contracts.actions.ActionCompleted;
import london.sanctuary.contracts.actions.ActionRaised;
import london.sanctuary.contracts.actions.ActionReviewed;
import london.sanctuary.contracts.actions.ActionStatusChanged;
import london.sanctuary.contracts.actions.LoopClosed;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentStateRecorded;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.ParticipantRegistered;
import london.sanctuary.contracts.engagement.SessionCancelled;
import london.sanctuary.contracts.engagement.SessionHeld;
import london.sanctuary.contracts.engagement.SessionRescheduled;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.facts.ActionCompletedFact;
import london.sanctuary.contracts.facts.ActionRaisedFact;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import london.sanctuary.contracts.facts.ConsentWithdrawnFact;
import london.sanctuary.contracts.facts.FeedbackSubmittedFact;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.LoopClosedFact;
import london.sanctuary.contracts.facts.ReferralOverdueFact;
import london.sanctuary.contracts.facts.ReferralResolvedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.contracts.facts.SessionHeldFact;
import london.sanctuary.contracts.feedback.FeedbackFormClosed;
import london.sanctuary.contracts.feedback.FeedbackFormPublished;
import london.sanctuary.contracts.feedback.FeedbackFormReopened;
import london.sanctuary.contracts.feedback.FeedbackFormRevised;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.contracts.referrals.ReferralCompleted;
import london.sanctuary.contracts.referrals.ReferralDeclined;
import london.sanctuary.contracts.referrals.ReferralErasureAcknowledged;
import london.sanctuary.contracts.referrals.ReferralErasureNotified;
import london.sanctuary.contracts.referrals.ReferralOverdue;
import london.sanctuary.contracts.referrals.ReferralPackageDeleted;
import london.sanctuary.contracts.referrals.ReferralReceived;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.contracts.referrals.ReferralStarted;
import london.sanctuary.contracts.referrals.ReferralSupportPickedUp;
import london.sanctuary.contracts.referrals.ReferralWithdrawn;

/**
 * Every event type on the platform: its CloudEvents type, record, schema and topic, named once.
 *
 * <p>The event name is the record's simple name in kebab case, less a trailing {@code Fact} for facts
 * ({@code ConsentRecordedFact} → {@code consent-recorded}).
 */
public enum EventType {
    PARTICIPANT_ENROLLED("consent", ParticipantEnrolled.class),
    CONSENT_GRANTED("consent", ConsentGranted.class),
    CONSENT_WITHDRAWN("consent", ConsentWithdrawn.class),
    PARTICIPANT_ERASED("consent", ParticipantErased.class),
    CONSENT_STATE_RECORDED("consent", ConsentStateRecorded.class),
    SESSION_SCHEDULED("engagement", SessionScheduled.class),
    SESSION_RESCHEDULED("engagement", SessionRescheduled.class),
    SESSION_CANCELLED("engagement", SessionCancelled.class),
    PARTICIPANT_REGISTERED("engagement", ParticipantRegistered.class),
    ATTENDANCE_RECORDED("engagement", AttendanceRecorded.class),
    SESSION_HELD("engagement", SessionHeld.class),
    FEEDBACK_FORM_PUBLISHED("feedback", FeedbackFormPublished.class),
    FEEDBACK_FORM_REVISED("feedback", FeedbackFormRevised.class),
    FEEDBACK_FORM_CLOSED("feedback", FeedbackFormClosed.class),
    FEEDBACK_FORM_REOPENED("feedback", FeedbackFormReopened.class),
    FEEDBACK_SUBMITTED("feedback", FeedbackSubmitted.class),
    FEEDBACK_THEMED("feedback", FeedbackThemed.class),
    ACTION_RAISED("actions", ActionRaised.class),
    ACTION_STATUS_CHANGED("actions", ActionStatusChanged.class),
    ACTION_COMPLETED("actions", ActionCompleted.class),
    LOOP_CLOSED("actions", LoopClosed.class),
    ACTION_REVIEWED("actions", ActionReviewed.class),
    REFERRAL_SENT("referrals", ReferralSent.class),
    REFERRAL_RECEIVED("referrals", ReferralReceived.class),
    REFERRAL_ACCEPTED("referrals", ReferralAccepted.class),
    REFERRAL_DECLINED("referrals", ReferralDeclined.class),
    REFERRAL_STARTED("referrals", ReferralStarted.class),
    REFERRAL_SUPPORT_PICKED_UP("referrals", ReferralSupportPickedUp.class),
    REFERRAL_COMPLETED("referrals", ReferralCompleted.class),
    REFERRAL_WITHDRAWN("referrals", ReferralWithdrawn.class),
    REFERRAL_OVERDUE("referrals", ReferralOverdue.class),
    REFERRAL_PACKAGE_DELETED("referrals", ReferralPackageDeleted.class),
    REFERRAL_ERASURE_NOTIFIED("referrals", ReferralErasureNotified.class),
    REFERRAL_ERASURE_ACKNOWLEDGED("referrals", ReferralErasureAcknowledged.class),
    CONSENT_RECORDED_FACT("facts", ConsentRecordedFact.class),
    CONSENT_WITHDRAWN_FACT("facts", ConsentWithdrawnFact.class),
    SESSION_HELD_FACT("facts", SessionHeldFact.class),
    FEEDBACK_SUBMITTED_FACT("facts", FeedbackSubmittedFact.class),
    FEEDBACK_THEMED_FACT("facts", FeedbackThemedFact.class),
    ACTION_RAISED_FACT("facts", ActionRaisedFact.class),
    ACTION_COMPLETED_FACT("facts", ActionCompletedFact.class),
    LOOP_CLOSED_FACT("facts", LoopClosedFact.class),
    REFERRAL_SENT_FACT("facts", ReferralSentFact.class),
    REFERRAL_RESOLVED_FACT("facts", ReferralResolvedFact.class),
    REFERRAL_OVERDUE_FACT("facts", ReferralOverdueFact.class);

    private static final String REFERRALS = "referrals";
    private static final String FACTS = "facts";
    private static final Map<Class<?>, EventType> BY_RECORD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));
    private static final Map<String, EventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String service;
    private final Class<? extends Contract> recordType;
    private final String eventName;

    EventType(String service, Class<? extends Contract> recordType) {
        this.service = service;
        this.recordType = recordType;
        this.eventName = kebab(recordType.getSimpleName().replaceFirst("Fact$", ""));
    }

    /** The publishing service: consent, engagement, feedback, actions, referrals or facts. */
    public String service() {
        return service;
    }

    /** The event name in kebab case, e.g. {@code participant-enrolled}. */
    public String eventName() {
        return eventName;
    }

    /** The CloudEvents type, e.g. {@code london.sanctuary.consent.participant-enrolled.v1}. */
    public String type() {
        return "london.sanctuary." + service + "." + eventName + ".v1";
    }

    public Class<? extends Contract> recordType() {
        return recordType;
    }

    /** Classpath path of the JSON Schema, e.g. {@code schemas/consent/participant-enrolled.v1.schema.json}. */
    public String schemaResource() {
        return "schemas/" + service + "/" + eventName + ".v1.schema.json";
    }

    /** Classpath folder holding the frozen samples, e.g. {@code samples/consent/participant-enrolled.v1}. */
    public String samplesFolder() {
        return "samples/" + service + "/" + eventName + ".v1";
    }

    /** True for anonymised facts, published to {@link Topics#GLA_FACTS}. */
    public boolean isFact() {
        return FACTS.equals(service);
    }

    /**
     * True for a state rather than a change: the latest per key is all that matters, on a compacted topic
     * ({@link Topics#consentState}).
     */
    public boolean isState() {
        return this == CONSENT_STATE_RECORDED;
    }

    /** True for referral events, published to {@link Topics#EXCHANGE_REFERRALS}. */
    public boolean isExchange() {
        return REFERRALS.equals(service);
    }

    /**
     * The topic this event is published to: the exchange for referral events, the GLA topic for facts, otherwise
     * the borough's own topic for this service ({@code boroughCode} is ignored for the shared topics), and the
     * borough's compacted consent-state topic for a state.
     */
    public String topic(String boroughCode) {
        if (isState()) {
            return Topics.consentState(boroughCode);
        }
        if (isExchange()) {
            return Topics.EXCHANGE_REFERRALS;
        }
        if (isFact()) {
            return Topics.GLA_FACTS;
        }
        return Topics.borough(boroughCode, service);
    }

    /** The event type of a contract record class; throws {@link IllegalArgumentException} for anything else. */
    public static EventType of(Class<?> recordType) {
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("recordType: " + recordType + " is not an event contract");
        }
        return type;
    }

    /** The event type for a CloudEvents type string, if it is one of ours. */
    public static Optional<EventType> ofType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_TYPE::get);
    }

    private static String kebab(String simpleName) {
        return simpleName.replaceAll("(?<!^)(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
    }
}
