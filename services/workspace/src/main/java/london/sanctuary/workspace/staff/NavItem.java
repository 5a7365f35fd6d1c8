package london.sanctuary.workspace.staff;

import java.util.List;
import london.sanctuary.platform.security.Role;

/**
 * One entry of the workspace's navigation. A feature declares its own as a bean; the header shows the ones the
 * signed-in person's roles allow, in {@code order}. A role without the right sees no link — and the feature's
 * controller still refuses the URL (403), since a link hidden is not a door locked.
 *
 * @param label the message key of its label, e.g. {@code nav.people}
 * @param path where it leads, e.g. {@code /people}
 * @param roles any of them shows it
 * @param order lower first
 */
public record NavItem(String label, String path, List<Role> roles, int order) {

    public NavItem {
        roles = List.copyOf(roles);
    }

    public boolean shownTo(StaffMember staff) {
        return roles.stream().anyMatch(staff::has);
    }
}
