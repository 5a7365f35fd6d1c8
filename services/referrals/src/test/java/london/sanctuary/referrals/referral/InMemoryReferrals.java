package london.sanctuary.referrals.referral;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.StaleVersion;

/** Referrals in memory, with versions and the events of each save kept for the test to read. */
public final class InMemoryReferrals implements Referrals {

    private final Map<String, Referral> stored = new ConcurrentHashMap<>();
    private final Map<String, Instant> asked = new ConcurrentHashMap<>();

    @Override
    public Optional<Referral> find(Borough holder, ReferralId id) {
        return Optional.ofNullable(stored.get(key(holder, id))).map(InMemoryReferrals::copy);
    }

    @Override
    public synchronized long save(Referral referral) {
        String key = key(referral.holder(), referral.id());
        Referral current = stored.get(key);
        if (referral.version() == null && current != null) {
            throw new AlreadyThere();
        }
        if (referral.version() != null
                && (current == null || !referral.version().equals(current.version()))) {
            throw new StaleVersion("referral");
        }
        long version = referral.version() == null ? 0 : referral.version() + 1;
        stored.put(key, Referral.restore(stateOf(referral, version)));
        asked.remove(key);
        return version;
    }

    @Override
    public void delete(Borough holder, ReferralId id) {
        stored.remove(key(holder, id));
    }

    @Override
    public List<Referral> list(Borough holder, Side side, int limit) {
        return all(holder).filter(r -> r.side() == side).limit(limit).toList();
    }

    @Override
    public List<Referral> ofParticipant(Borough holder, ParticipantRef participantRef) {
        return all(holder)
                .filter(r -> participantRef.equals(r.routing().participantRef()))
                .toList();
    }

    @Override
    public List<Referral> awaitingServices(Borough holder, int limit) {
        return all(holder)
                .filter(r -> r.side() == Side.OUTGOING && r.servicesToLearn())
                .sorted(Comparator.comparing(
                        r -> asked.getOrDefault(key(holder, r.routing().id()), Instant.MIN)))
                .limit(limit)
                .toList();
    }

    @Override
    public void askedForServices(Borough holder, ReferralId id, Instant at) {
        asked.put(key(holder, id), at);
    }

    @Override
    public List<Referral> awaitingDecision(Borough holder, int limit) {
        return all(holder)
                .filter(r -> r.side() == Side.INCOMING && r.status() == ReferralStatus.RECEIVED)
                .limit(limit)
                .toList();
    }

    @Override
    public long overdueUndecided(Borough holder) {
        return all(holder)
                .filter(r -> r.side() == Side.INCOMING && r.status() == ReferralStatus.RECEIVED && r.overdue())
                .count();
    }

    private java.util.stream.Stream<Referral> all(Borough holder) {
        return stored.values().stream()
                .filter(r -> r.holder().equals(holder))
                .sorted(Comparator.comparing(Referral::sentAt).reversed())
                .map(InMemoryReferrals::copy);
    }

    private static Referral copy(Referral r) {
        return Referral.restore(stateOf(r, r.version()));
    }

    private static Referral.Stored stateOf(Referral r, Long version) {
        return new Referral.Stored(
                r.routing(),
                r.side(),
                r.sentAt(),
                r.moveDate(),
                r.respondBy(),
                r.reason().orElse(null),
                r.supportItems(),
                version,
                r.pickups(),
                r.status(),
                r.sealed().orElse(null),
                r.decidedAt().orElse(null),
                r.declineReason().orElse(null),
                r.endedAt().orElse(null),
                r.overdue(),
                r.erasureNotice().orElse(null),
                r.erasureReceipt().orElse(null),
                r.servicesToLearn());
    }

    private static String key(Borough holder, ReferralId id) {
        return holder.code() + "/" + id;
    }
}
