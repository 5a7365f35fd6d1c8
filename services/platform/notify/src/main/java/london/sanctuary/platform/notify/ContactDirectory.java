package london.sanctuary.platform.notify;

import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;

/**
 * How to reach a participant. Only the consent service holds contact details (encrypted); a service asks for
 * them at the moment of sending and keeps nothing.
 */
public interface ContactDirectory {

    Optional<Contact> find(Borough borough, UUID participantRef);

    /** A phone number and/or an email address; at least one is present. */
    record Contact(String phone, String email) {

        public Contact {
            phone = phone == null || phone.isBlank() ? null : phone.strip();
            email = email == null || email.isBlank() ? null : email.strip();
            if (phone == null && email == null) {
                throw new IllegalArgumentException("a contact needs a phone number or an email address");
            }
        }

        @Override
        public String toString() {
            return "Contact[personal data hidden]";
        }
    }
}
