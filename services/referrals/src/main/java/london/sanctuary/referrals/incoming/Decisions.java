package london.sanctuary.referrals.incoming;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.Schemas;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.contracts.referrals.SupportItem;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.crypto.PackageCipher;
import london.sanctuary.referrals.directory.Matching;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import london.sanctuary.referrals.referral.Side;
import london.sanctuary.referrals.referral.UnknownReferral;

/**
 * The receiving borough's decisions. Accepting fetches the data key from the sender (key release), opens and
 * validates the package, enrols the person as a transfer in this borough's consent service, and keeps the
 * package sealed under this borough's own key — all before the one write that makes it ACCEPTED, so nothing is
 * half-imported. A package that does not open or validate is declined with that reason; a sender or consent
 * service that is down leaves the referral RECEIVED, to accept again later.
 */
public final class Decisions {

    private final Referrals referrals;
    private final KeyFetcher keys;
    private final KeyRegistry registry;
    private final KeyCustody custody;
    private final Transfers transfers;
    private final Handover handover;
    private final Clock clock;

    public Decisions(
            Referrals referrals,
            KeyFetcher keys,
            KeyRegistry registry,
            KeyCustody custody,
            Transfers transfers,
            Handover handover,
            Clock clock) {
        this.referrals = referrals;
        this.keys = keys;
        this.registry = registry;
        this.custody = custody;
        this.transfers = transfers;
        this.handover = handover;
        this.clock = clock;
    }

    /** The receiver's own key id for the imported package. */
    public static String importKeyId(Routing routing) {
        return routing.to().code() + "/imported/" + routing.id();
    }

    public Versioned<Referral> accept(Borough to, ReferralId id, Long expected) {
        Referral referral = incoming(to, id);
        referral.expectVersion(expected);
        if (referral.status() != ReferralStatus.RECEIVED) {
            throw new RuleBroken("status", "A referral that is " + referral.status() + " cannot be accepted");
        }
        Routing routing = referral.routing();
        String wrapped;
        try {
            wrapped = keys.fetch(routing);
        } catch (KeyFetcher.KeyRefused e) {
            throw new RuleBroken(
                    "status", "The sending borough no longer releases this referral: it was withdrawn or ended");
        }
        Opened opened = open(referral, wrapped);
        if (opened.refusal() != null) {
            return declined(referral, opened.refusal());
        }
        ReferralPackage content = opened.content();
        transfers.enrol(to, routing.participantRef(), routing.from(), content.profile(), content.consents());
        DataKey local = custody.create(to, importKeyId(routing), routing.participantRef());
        byte[] json = ContractJson.write(content).getBytes(StandardCharsets.UTF_8);
        referral.accept(PackageCipher.seal(json, local, importKeyId(routing), routing), clock);
        return new Versioned<>(referral, referrals.save(referral));
    }

    public Versioned<Referral> decline(Borough to, ReferralId id, DeclineReason reason, Long expected) {
        Referral referral = incoming(to, id);
        referral.expectVersion(expected);
        return declined(referral, reason);
    }

    /**
     * Hands support item {@code item} over to {@code localService}, a service of this borough's directory that
     * offers its kind, or, where the directory has none, to {@code otherService}, named.
     */
    public Versioned<Referral> pickUp(
            Borough to, ReferralId id, int item, String localService, String otherService, Long expected) {
        Referral referral = incoming(to, id);
        referral.expectVersion(expected);
        List<SupportItem> support =
                imported(referral).map(ReferralPackage::support).orElse(List.of());
        referral.expectPickUp(item, support.size());
        Pickup pickup = handover.choose(to, support.get(item).kind(), localService, otherService);
        referral.pickUp(item, pickup, support.size(), clock);
        return new Versioned<>(referral, referrals.save(referral));
    }

    /** The directory services that can take on an item of this kind, in one of the person's languages first. */
    public List<Matching.Match> offers(Borough to, SupportKind kind, List<Language> languages) {
        return handover.offers(to, kind, languages);
    }

    public Versioned<Referral> complete(Borough to, ReferralId id, Long expected) {
        Referral referral = incoming(to, id);
        referral.expectVersion(expected);
        referral.complete(clock);
        return new Versioned<>(referral, referrals.save(referral));
    }

    public Referral find(Borough to, ReferralId id) {
        return incoming(to, id);
    }

    public List<Referral> inbox(Borough to, int limit) {
        return referrals.list(to, Side.INCOMING, limit);
    }

    /** The package as imported at acceptance; empty before it, and once deleted or shredded. */
    public Optional<ReferralPackage> imported(Referral referral) {
        if (referral.side() != Side.INCOMING
                || referral.status() == ReferralStatus.RECEIVED
                || referral.sealed().isEmpty()) {
            return Optional.empty();
        }
        Routing routing = referral.routing();
        return custody.find(routing.to(), importKeyId(routing))
                .map(key -> PackageCipher.open(referral.sealed().get(), key, routing))
                .map(json -> ContractJson.read(new String(json, StandardCharsets.UTF_8), ReferralPackage.class));
    }

    private Opened open(Referral referral, String wrapped) {
        Sealed sealed = referral.sealed().orElse(null);
        String json;
        try {
            DataKey key = registry.unwrapFor(referral.routing().to(), wrapped);
            json = new String(PackageCipher.open(sealed, key, referral.routing()), StandardCharsets.UTF_8);
        } catch (Undecryptable | NullPointerException e) {
            return Opened.refused(DeclineReason.PACKAGE_UNREADABLE);
        }
        if (!Schemas.validateReferralPackage(json).isEmpty()) {
            return Opened.refused(DeclineReason.PACKAGE_INVALID);
        }
        try {
            ReferralPackage content = ContractJson.read(json, ReferralPackage.class);
            return content.participantRef().equals(referral.routing().participantRef())
                    ? new Opened(content, null)
                    : Opened.refused(DeclineReason.PACKAGE_INVALID);
        } catch (RuntimeException e) {
            return Opened.refused(DeclineReason.PACKAGE_INVALID);
        }
    }

    /** A package opened and valid, or the reason it is declined. */
    private record Opened(ReferralPackage content, DeclineReason refusal) {

        static Opened refused(DeclineReason reason) {
            return new Opened(null, reason);
        }
    }

    private Versioned<Referral> declined(Referral referral, DeclineReason reason) {
        referral.decline(reason, clock);
        custody.shred(referral.routing().to(), importKeyId(referral.routing()));
        return new Versioned<>(referral, referrals.save(referral));
    }

    private Referral incoming(Borough to, ReferralId id) {
        return referrals.find(to, id).filter(r -> r.side() == Side.INCOMING).orElseThrow(UnknownReferral::new);
    }
}
