/**
 * GOV.UK Notify, once for every service that sends a notice: {@link london.sanctuary.platform.notify.NotifyGateway}
 * (the port), {@link london.sanctuary.platform.notify.NotificationClientGateway} (Notify's Java client) and
 * {@link london.sanctuary.platform.notify.ResilientNotifyGateway} (retry and circuit breaker, instance
 * {@code notify}). Each service keeps its own local record of what it told whom, and its own template ids.
 */
package london.sanctuary.platform.notify;
