/**
 * The read model: every fact becomes counter increments keyed by dimension, borough, ISO week and key,
 * so reading a figure costs the same however many facts have arrived. Plain Java; {@code persistence}
 * keeps the counters, {@code messaging} feeds them, {@code web} publishes them through disclosure control.
 */
package london.sanctuary.dashboard.figures;
