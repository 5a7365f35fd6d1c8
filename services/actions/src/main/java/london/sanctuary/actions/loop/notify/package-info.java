/** The GOV.UK Notify adapter of {@link london.sanctuary.actions.loop.LoopNotices}, over the platform's Notify gateway. */
package london.sanctuary.actions.loop.notify;
