package london.sanctuary.referrals.config;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.crypto.KeyEncryptionKey;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.crypto.persistence.MongoWrappedKeys;
import london.sanctuary.referrals.history.EngagementHistory;
import london.sanctuary.referrals.history.persistence.MongoEngagementHistory;
import london.sanctuary.referrals.incoming.Decisions;
import london.sanctuary.referrals.incoming.ErasureReceipts;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.incoming.Receiving;
import london.sanctuary.referrals.incoming.Transfers;
import london.sanctuary.referrals.incoming.persistence.MongoErasureReceipts;
import london.sanctuary.referrals.outgoing.LinkedAnswers;
import london.sanctuary.referrals.outgoing.Mirror;
import london.sanctuary.referrals.outgoing.MoveOnRecords;
import london.sanctuary.referrals.outgoing.Sending;
import london.sanctuary.referrals.outgoing.Withdrawals;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.persistence.MongoReferrals;
import london.sanctuary.referrals.release.KeyRelease;
import london.sanctuary.referrals.release.ShareOnMove;
import london.sanctuary.referrals.remote.ConsentShareOnMove;
import london.sanctuary.referrals.sla.OverdueCheck;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Wires the plain-Java features to their stores and ports: the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralSettings.class)
class ReferralsConfiguration {

    @Bean
    Referrals referrals(BoroughStores stores) {
        return new MongoReferrals(stores);
    }

    @Bean
    KeyCustody keyCustody(BoroughStores stores, ReferralSettings settings) {
        if (settings.keyEncryptionKey() == null) {
            throw new IllegalStateException("Set sanctuary.referrals.key-encryption-key (base64 of 32 bytes)");
        }
        return new KeyCustody(new MongoWrappedKeys(stores), KeyEncryptionKey.fromBase64(settings.keyEncryptionKey()));
    }

    @Bean
    KeyRegistry keyRegistry(ReferralSettings settings) {
        Map<String, String> publics = new TreeMap<>();
        Map<String, String> privates = new TreeMap<>();
        settings.keys().forEach((borough, keys) -> {
            if (keys.publicKey() != null) {
                publics.put(borough, keys.publicKey());
            }
            if (keys.privateKey() != null) {
                privates.put(borough, keys.privateKey());
            }
        });
        return KeyRegistry.of(publics, privates);
    }

    @Bean
    EngagementHistory engagementHistory(BoroughStores stores) {
        return new MongoEngagementHistory(stores);
    }

    /** The ledger first (no call when it already says no), then the consent service's answer now. */
    @Bean
    @Primary
    ShareOnMove shareOnMove(ConsentLedger ledger, ConsentShareOnMove consent) {
        ShareOnMove heard = (borough, ref, at) -> ledger.holds(borough.code(), ref, ConsentPurpose.SHARE_ON_MOVE, at);
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
    Withdrawals withdrawals(Referrals referrals, KeyCustody custody, EngagementHistory history, Clock clock) {
        return new Withdrawals(referrals, custody, history, clock);
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
            Clock clock) {
        return new Decisions(referrals, keys, registry, custody, transfers, clock);
    }

    @Bean
    OverdueCheck overdueCheck(Referrals referrals, Clock clock) {
        return new OverdueCheck(referrals, clock);
    }
}
