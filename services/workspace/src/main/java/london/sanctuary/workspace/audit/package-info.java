/**
 * The audit pages: a person's audit trail across the services, the borough's audit export for a period, and a
 * person's subject access download — all assembled from the services' APIs, nothing kept here.
 */
package london.sanctuary.workspace.audit;
