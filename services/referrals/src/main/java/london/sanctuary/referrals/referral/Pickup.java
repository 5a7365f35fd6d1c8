package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Who took one support item on in the receiving borough: a service of its Open Referral UK directory (its id and
 * name), or, only where the directory had none for the kind, another service the team named (no id: marked as not
 * from the directory). The sending borough's copy of another service carries no name: that free text stays with the
 * receiving borough.
 *
 * @param kind the item's kind; null for a pickup recorded before kinds were kept
 * @param serviceId the directory service's ORUK id; null for another service
 * @param service the service's name; null only on the sender's copy of another service
 */
public record Pickup(SupportKind kind, String serviceId, String service) {

    public static Pickup fromDirectory(SupportKind kind, String serviceId, String name) {
        return new Pickup(kind, serviceId, name);
    }

    /** Another service, named by the team where the directory offers none for the kind. */
    public static Pickup another(SupportKind kind, String named) {
        String name = FreeText.optional("otherService", named, 200);
        if (name == null) {
            throw new InvalidValue("otherService", "is required: the local service that takes this support on");
        }
        return new Pickup(kind, null, name);
    }

    public boolean inDirectory() {
        return serviceId != null;
    }

    /** What the sending borough may learn: the directory service, or that another service took it on. */
    public Pickup forTheSender() {
        return inDirectory() ? this : new Pickup(kind, null, null);
    }
}
