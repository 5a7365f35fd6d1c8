/** The shared exchange topic, heard by both sides: the sender's and the receiver's events, each once per borough. */
package london.sanctuary.referrals.exchange;
