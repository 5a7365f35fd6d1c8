/**
 * Sessions: scheduling, per-language text, venue and access, interpreters, compensation (never payment),
 * registrations with a waitlist, attendance and expenses. The {@link london.sanctuary.engagement.session.Session}
 * aggregate owns every state change and records its events; {@link london.sanctuary.engagement.session.SessionDesk}
 * only loads, asks it and saves.
 */
package london.sanctuary.engagement.session;
