package london.sanctuary.workspace.sessions;

import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;

/** Sessions pages are an officer's work in their own borough: anyone else gets the 403 page, whatever the link. */
final class Officers {

    private Officers() {}

    /** The signed-in officer's borough. */
    static String borough() {
        StaffMember staff = StaffMember.current()
                .filter(s -> s.has(Role.OFFICER))
                .orElseThrow(() -> new AccessDeniedException("Sessions are for a borough's officers"));
        return staff.requireBorough();
    }
}
