package london.sanctuary.local.auth;

import java.util.List;
import java.util.Optional;

/**
 * A named member of staff who signs in at the local authorization server (OpenID Connect, authorization code with
 * PKCE). LOCAL ONLY: the passwords are public ({@code <username>-demo}).
 *
 * @param username the {@code sub} claim of their tokens, e.g. {@code newham.officer1}
 * @param name the {@code name} claim: who did what, in the audit trail and the workspace's header
 * @param borough the {@code borough} claim, empty for the GLA
 * @param roles the {@code roles} claim
 */
public record DemoUser(String username, String name, Optional<String> borough, List<String> roles) {

    static final String OFFICER = "officer";
    static final String SERVICE_LEAD = "service-lead";
    static final String SAFEGUARDING_LEAD = "safeguarding-lead";
    static final String MOVE_ON = "move-on";

    /**
     * Every demo user. In each demo borough two co-production officers, a service lead (who is also the borough's
     * safeguarding lead and an officer) and a move-on officer; and the GLA's analyst.
     */
    public static final List<DemoUser> ALL = List.of(
            officer("newham", 1, "Amina Hassan"),
            officer("newham", 2, "Tom Price"),
            lead("newham", "Grace Mensah"),
            moveOn("newham", "Dev Patel"),
            officer("barnet", 1, "Sara Novak"),
            officer("barnet", 2, "James Okoro"),
            lead("barnet", "Helen Byrne"),
            moveOn("barnet", "Omar Farah"),
            officer("lambeth", 1, "Lucy Chen"),
            officer("lambeth", 2, "Kwame Boateng"),
            lead("lambeth", "Priya Shah"),
            moveOn("lambeth", "Ana Silva"),
            new DemoUser("gla.analyst", "Robin Ellis", Optional.empty(), List.of("analyst")));

    public DemoUser {
        roles = List.copyOf(roles);
    }

    /** LOCAL ONLY: every demo user's password is public. */
    public String password() {
        return username + "-demo";
    }

    /** The demo user of this name, if there is one. */
    public static Optional<DemoUser> named(String username) {
        return ALL.stream().filter(user -> user.username.equals(username)).findFirst();
    }

    private static DemoUser officer(String borough, int number, String name) {
        return new DemoUser(borough + ".officer" + number, name, Optional.of(borough), List.of(OFFICER));
    }

    private static DemoUser lead(String borough, String name) {
        return new DemoUser(
                borough + ".lead", name, Optional.of(borough), List.of(OFFICER, SERVICE_LEAD, SAFEGUARDING_LEAD));
    }

    private static DemoUser moveOn(String borough, String name) {
        return new DemoUser(borough + ".moveon", name, Optional.of(borough), List.of(MOVE_ON));
    }
}
