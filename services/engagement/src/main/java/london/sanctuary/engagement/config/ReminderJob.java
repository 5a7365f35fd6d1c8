package london.sanctuary.engagement.config;

import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.engagement.session.DayBeforeReminders;
import london.sanctuary.engagement.session.SessionNotifier;
import london.sanctuary.engagement.session.Sessions;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends the day-before reminders on the platform's {@link PeriodicJob} (decision 0026), borough by borough. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderJob {

    @Bean
    DayBeforeReminders dayBeforeReminders(
            Sessions sessions, SessionNotifier notifier, Clock clock, ReminderSettings settings) {
        return new DayBeforeReminders(sessions, notifier, clock, settings.ahead());
    }

    @Bean
    PeriodicJob dayBeforeRemindersJob(DayBeforeReminders reminders, ServedBoroughs served, ReminderSettings settings) {
        return PeriodicJob.every(
                "engagement-day-before-reminders",
                settings.every(),
                () -> served.codes().stream().map(Borough::of).forEach(reminders::sendDue));
    }
}
