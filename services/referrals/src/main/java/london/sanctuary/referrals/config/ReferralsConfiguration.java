package london.sanctuary.referrals.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.consent.WhenConsentEnds;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.crypto.config.KeyringConfiguration;
import london.sanctuary.platform.crypto.persistence.MongoWrappedKeys;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.crypto.KeyDirectory;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.directory.Directory;
import london.sanctuary.referrals.directory.Matching;
import london.sanctuary.referrals.directory.persistence.MongoDirectory;
import london.sanctuary.referrals.history.EngagementHistory;
import london.sanctuary.referrals.history.persistence.MongoEngagementHistory;
import london.sanctuary.referrals.incoming.Decisions;
import london.sanctuary.referrals.incoming.ErasureReceipts;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.incoming.Handover;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.incoming.Receiving;
import london.sanctuary.referrals.incoming.SenderQuestions;
import london.sanctuary.referrals.incoming.Transfers;
import london.sanctuary.referrals.incoming.persistence.MongoErasureReceipts;
import london.sanctuary.referrals.outgoing.LinkedAnswers;
import london.sanctuary.referrals.outgoing.Mirror;
import london.sanctuary.referrals.outgoing.MoveOnRecords;
import london.sanctuary.referrals.outgoing.ReceiverHandovers;
import london.sanctuary.referrals.outgoing.ReferralEndings;
import london.sanctuary.referrals.outgoing.Sending;
import london.sanctuary.referrals.outgoing.ServicesTakenOn;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.persistence.MongoReferrals;
import london.sanctuary.referrals.release.KeyRelease;
import london.sanctuary.referrals.release.ShareOnMove;
import london.sanctuary.referrals.remote.ConsentShareOnMove;
import london.sanctuary.referrals.sla.OverdueCheck;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Wires the plain-Java features to their stores and ports: the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralSettings.class)
@Import(KeyringConfiguration.class)
class ReferralsConfiguration {

    static final String REFERRAL_KEYS = "referral_keys";

    @Bean
    Referrals referrals(BoroughStores stores) {
        return new MongoReferrals(stores);
    }

    /**
     * Each referral package's data key in {@code referral_keys}, by key id, filed under the participantRef; a retried
     * step stores its key again under the same id.
     */
    @Bean
    EnvelopeKeys referralKeys(BoroughStores stores, Keyring keyring) {
        var layout = new MongoWrappedKeys.Layout(REFERRAL_KEYS, "wrapped", "participantRef", true);
        return new EnvelopeKeys(REFERRAL_KEYS, new MongoWrappedKeys(stores, layout), keyring, "");
    }

    @Bean
    KeyCustody keyCustody(EnvelopeKeys referralKeys) {
        return new KeyCustody(referralKeys);
    }

    /** Other boroughs' public keys from their key directories, or a static key for a borough with no URL. */
    @Bean
    KeyRegistry keyRegistry(ReferralSettings settings, KeyDirectory keyDirectory) {
        Map<String, List<String>> privates = new TreeMap<>();
        settings.keys().forEach((borough, keys) -> {
            if (!keys.privateKeys().isEmpty()) {
                privates.put(borough, keys.privateKeys());
            }
        });
        return KeyRegistry.of(privates, keyDirectory);
    }

    @Bean
    Directory directory(BoroughStores stores, Clock clock) {
        return new MongoDirectory(stores, clock);
    }

    @Bean
    Matching matching(Directory directory) {
        return new Matching(directory);
    }

    @Bean
    Handover handover(Matching matching) {
        return new Handover(matching);
    }

    /** The demo directory of each demo borough whose directory is empty; off where boroughs import their own. */
    @Bean
    @ConditionalOnProperty(name = "sanctuary.referrals.demo-directories", havingValue = "true", matchIfMissing = true)
    DemoDirectories demoDirectories(Directory directory, ServedBoroughs served) {
        return new DemoDirectories(directory, served);
    }

    @Bean
    EngagementHistory engagementHistory(BoroughStores stores) {
        return new MongoEngagementHistory(stores);
    }

    /** The ledger first (no call when it already says no), then the consent service's answer now. */
    @Bean
    @Primary
    ShareOnMove shareOnMove(ConsentLedger ledger, ConsentShareOnMove consent) {
        ShareOnMove heard = (borough, ref, at) -> ledger.holds(borough, ref, ConsentPurpose.SHARE_ON_MOVE, at);
        return heard.andThen(consent);
    }

    @Bean
    Sending sending(
            Referrals referrals,
            MoveOnRecords moveOn,
            EngagementHistory history,
            LinkedAnswers linkedAnswers,
            KeyCustody custody,
            KeyRegistry registry,
            ReferralSettings settings,
            Clock clock) {
        return new Sending(
                referrals,
                moveOn,
                history,
                linkedAnswers,
                custody,
                registry,
                settings.acceptWithinWorkingDays(),
                clock);
    }

    @Bean
    Mirror mirror(Referrals referrals, KeyCustody custody) {
        return new Mirror(referrals, custody);
    }

    @Bean
    ReferralEndings endings(Referrals referrals, KeyCustody custody, EngagementHistory history, Clock clock) {
        return new ReferralEndings(referrals, custody, history, clock);
    }

    @Bean
    WhenConsentEnds whenSharingOrLinkEnds(ReferralEndings endings) {
        return new WhenConsentEnds(
                Set.of(ConsentPurpose.SHARE_ON_MOVE, ConsentPurpose.LINK_FEEDBACK),
                (borough, person, purpose, erased) -> {
                    if (purpose == ConsentPurpose.SHARE_ON_MOVE) {
                        endings.shareOnMoveEnded(borough, person, erased);
                    } else if (!erased) {
                        endings.linkedFeedbackEnded(borough, person);
                    }
                });
    }

    @Bean
    KeyRelease keyRelease(
            Referrals referrals, KeyCustody custody, KeyRegistry registry, ShareOnMove consent, Clock clock) {
        return new KeyRelease(referrals, custody, registry, consent, clock);
    }

    @Bean
    ErasureReceipts erasureReceipts(BoroughStores stores) {
        return new MongoErasureReceipts(stores);
    }

    @Bean
    Receiving receiving(Referrals referrals, KeyCustody custody, ErasureReceipts receipts, Clock clock) {
        return new Receiving(referrals, custody, receipts, clock);
    }

    @Bean
    Erasures erasures(Referrals referrals, ErasureReceipts receipts, KeyCustody custody, Clock clock) {
        return new Erasures(referrals, receipts, custody, clock);
    }

    @Bean
    Decisions decisions(
            Referrals referrals,
            KeyFetcher keys,
            KeyRegistry registry,
            KeyCustody custody,
            Transfers transfers,
            Handover handover,
            Clock clock) {
        return new Decisions(referrals, keys, registry, custody, transfers, handover, clock);
    }

    @Bean
    OverdueCheck overdueCheck(Referrals referrals, Clock clock) {
        return new OverdueCheck(referrals, clock);
    }

    @Bean
    SenderQuestions senderQuestions(Referrals referrals) {
        return new SenderQuestions(referrals);
    }

    @Bean
    ServicesTakenOn servicesTakenOn(Referrals referrals, ReceiverHandovers receivers, Clock clock) {
        return new ServicesTakenOn(referrals, receivers, clock);
    }
}
