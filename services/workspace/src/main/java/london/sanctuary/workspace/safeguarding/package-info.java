/**
 * Safeguarding and retention pages: flag a concern on a person (officers), the safeguarding lead's list of open
 * concerns and closing one, and the service lead's retention review (keep with a reason, or go to the person to
 * erase them). Every page calls the consent service's API through {@link
 * london.sanctuary.workspace.safeguarding.SafeguardingApi}.
 */
package london.sanctuary.workspace.safeguarding;
