package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Who took one support item on. In the receiving borough: a service of its Open Referral UK directory (its id and
 * name), or, only where the directory had none for the kind, another service the team named. On the sending
 * borough's copy only what the exchange may carry: whether a directory service took it on, with the kind from the
 * sender's own record of what it sent — never the service's id or name (decision 0044).
 *
 * @param kind the item's kind; null for a pickup recorded before kinds were kept
 * @param serviceId the directory service's ORUK id; null for another service and on the sender's copy
 * @param service the service's name; null on the sender's copy
 * @param fromDirectory a service of the receiving borough's directory, or another service
 */
public record Pickup(SupportKind kind, String serviceId, String service, boolean fromDirectory) {

    public static Pickup fromDirectory(SupportKind kind, String serviceId, String name) {
        return new Pickup(kind, serviceId, name, true);
    }

    /** Another service, named by the team where the directory offers none for the kind. */
    public static Pickup another(SupportKind kind, String named) {
        String name = FreeText.optional("otherService", named, 200);
        if (name == null) {
            throw new InvalidValue("otherService", "is required: the local service that takes this support on");
        }
        return new Pickup(kind, null, name, false);
    }

    /** The sender's copy: the kind it sent for the item, and whether a directory service took it on. */
    public static Pickup toldTheSender(SupportKind kind, boolean fromDirectory) {
        return new Pickup(kind, null, null, fromDirectory);
    }
}
