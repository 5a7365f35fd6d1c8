package london.sanctuary.engagement.session;

import java.util.List;
import java.util.regex.Pattern;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Facilitating teams ("Newham Community Engagement"), never people's names: staff change, teams stay. */
final class Facilitators {

    private static final Pattern TEAM = Pattern.compile("^[\\p{L}\\p{N} &',.()-]{2,100}$");

    private Facilitators() {}

    static List<String> check(List<String> teams) {
        if (teams == null || teams.isEmpty()) {
            throw new InvalidValue("facilitators", "name at least one facilitating team");
        }
        for (String team : teams) {
            if (team == null || !TEAM.matcher(team).matches()) {
                throw new InvalidValue("facilitators", "each must be a team name of 2 to 100 characters");
            }
        }
        return teams.stream().map(String::strip).distinct().toList();
    }
}
