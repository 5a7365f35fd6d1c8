/** The personal link by text message: GOV.UK Notify's SMS, or a local record of it when Notify is not configured. */
package london.sanctuary.consent.link.notify;
