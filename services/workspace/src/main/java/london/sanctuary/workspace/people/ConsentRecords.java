package london.sanctuary.workspace.people;

import java.util.List;

/**
 * The consent service, as the people pages need it (implemented over the relayed client by {@link
 * ConsentServiceRecords}; faked in page tests). A refusal comes back as the workspace's {@code ServiceRefusal}
 * naming the field; an enrolment that looks like someone already enrolled as {@link LooksLikeSomeoneEnrolled}.
 */
public interface ConsentRecords {

    /** People whose reference, phone number or every word of whose name matches {@code q}. */
    List<PersonFound> find(String borough, String q);

    /** Enrols a person and answers their new reference. */
    String enrol(String borough, PersonDetails details, boolean confirmedNotDuplicate);

    Person person(String borough, String ref);

    void changeDetails(String borough, String ref, long version, PersonDetails details);

    void grant(String borough, String ref, long version, ConsentGiven consent);

    void reconfirm(String borough, String ref, long version, String purpose, ConsentGiven confirmation);

    void withdraw(String borough, String ref, long version, String purpose, String reason);

    Receipt receipt(String borough, String ref);

    /** Has the consent service e-mail the receipt, in its language, to the address on the person's record. */
    void emailReceipt(String borough, String ref);

    void erase(String borough, String ref, long version);

    /** The people who asked on their own page to be erased and are not yet: oldest first, refs and dates only. */
    List<ErasureTask> erasureRequests(String borough);

    /** Texts the person a new personal link (only while they agreed to be contacted); ends their earlier links. */
    void textLink(String borough, String ref);

    /** A new personal link for a printed card: its address, shown once, never stored here; ends earlier links. */
    String printLink(String borough, String ref);

    /** Ends the person's personal link, if one is open. */
    void endLink(String borough, String ref);
}
