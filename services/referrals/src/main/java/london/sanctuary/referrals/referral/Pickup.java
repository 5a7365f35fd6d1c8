package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Who took one support item on. In the receiving borough: a service of its Open Referral UK directory (its id, name
 * and public contact, as they were at the handover), or, only where the directory had none for the kind, another
 * service the team named. On the sending borough's copy: the kind from the sender's own record of what it sent,
 * whether a directory service took it on — that much from the exchange — and, once the receiving borough's referrals
 * service answered the sender's call, which directory service (decision 0045); never the name of another service.
 *
 * @param kind the item's kind; null for a pickup recorded before kinds were kept
 * @param serviceId the directory service's ORUK id; null for another service, and on the sender's copy until told
 * @param service the service's name; null on the sender's copy until told, and for another service there
 * @param fromDirectory a service of the receiving borough's directory, or another service
 * @param contact the directory service's organisation and public contact; null for another service or until told
 */
public record Pickup(SupportKind kind, String serviceId, String service, boolean fromDirectory, Contact contact) {

    /** The organisation that runs a directory service, and how to reach the service (never a person). */
    public record Contact(String organisation, String url, String phone) {}

    public static Pickup fromDirectory(SupportKind kind, String serviceId, String name, Contact contact) {
        return new Pickup(kind, serviceId, name, true, contact);
    }

    /** Another service, named by the team where the directory offers none for the kind. */
    public static Pickup another(SupportKind kind, String named) {
        String name = FreeText.optional("otherService", named, 200);
        if (name == null) {
            throw new InvalidValue("otherService", "is required: the local service that takes this support on");
        }
        return new Pickup(kind, null, name, false, null);
    }

    /** The sender's copy: the kind it sent for the item, and whether a directory service took it on. */
    public static Pickup toldTheSender(SupportKind kind, boolean fromDirectory) {
        return new Pickup(kind, null, null, fromDirectory, null);
    }

    /** On the sender's copy: a directory service took the item on, and the receiving borough has not said which. */
    public boolean serviceToLearn() {
        return fromDirectory && serviceId == null;
    }

    /** What the receiving borough may tell the sender of this pickup: a directory service, never another's name. */
    public Pickup forTheSender() {
        return fromDirectory ? new Pickup(kind, serviceId, service, true, contact) : toldTheSender(kind, false);
    }
}
