package london.sanctuary.contracts.referrals;

import java.util.List;

/** Contact details and needs in a referral package. All nullable except {@code preferredLanguages}. */
public record Profile(String name, String phone, String email, List<String> preferredLanguages, String accessNeeds) {

    public Profile {
        preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
    }
}
