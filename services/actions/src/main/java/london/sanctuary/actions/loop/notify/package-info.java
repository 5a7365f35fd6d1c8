/** The GOV.UK Notify adapter of {@link london.sanctuary.actions.loop.LoopNotices}. */
package london.sanctuary.actions.loop.notify;
