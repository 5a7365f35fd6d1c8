/**
 * Consumer lag, per group and topic, from one job whatever the number of boroughs: the Kafka binder's own gauge
 * started a thread per topic a binding reads (decision 0057).
 */
package london.sanctuary.platform.lag;
