package london.sanctuary.local.services;

import java.util.List;

/** Every service the platform has or will have; those not on the classpath are skipped at start. */
public final class HostedServices {

    public static final List<HostedService> ALL = List.of(
            new HostedService("dashboard", "london.sanctuary.dashboard.DashboardApplication", 8080),
            new HostedService("consent", "london.sanctuary.consent.ConsentApplication", 8081),
            new HostedService("engagement", "london.sanctuary.engagement.EngagementApplication", 8082),
            new HostedService("feedback", "london.sanctuary.feedback.FeedbackApplication", 8083),
            new HostedService("actions", "london.sanctuary.actions.ActionsApplication", 8084),
            new HostedService("referrals", "london.sanctuary.referrals.ReferralsApplication", 8085));

    private HostedServices() {}
}
