package london.sanctuary.local.services;

import java.util.List;
import london.sanctuary.actions.ActionsApplication;
import london.sanctuary.consent.ConsentApplication;
import london.sanctuary.dashboard.DashboardApplication;
import london.sanctuary.engagement.EngagementApplication;
import london.sanctuary.feedback.FeedbackApplication;
import london.sanctuary.referrals.ReferralsApplication;
import london.sanctuary.workspace.WorkspaceApplication;

/** Every service the local platform hosts, in the order they are listed and started; each module is a dependency. */
public final class HostedServices {

    public static final List<HostedService> ALL = List.of(
            new HostedService("dashboard", DashboardApplication.class, 8080),
            new HostedService("consent", ConsentApplication.class, 8081),
            new HostedService("engagement", EngagementApplication.class, 8082),
            new HostedService("feedback", FeedbackApplication.class, 8083),
            new HostedService("actions", ActionsApplication.class, 8084),
            new HostedService("referrals", ReferralsApplication.class, 8085),
            new HostedService("workspace", WorkspaceApplication.class, 8086));

    private HostedServices() {}
}
