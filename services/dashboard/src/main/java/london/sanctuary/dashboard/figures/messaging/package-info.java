/** Facts in from the GLA facts topic. */
package london.sanctuary.dashboard.figures.messaging;
