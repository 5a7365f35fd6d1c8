/**
 * People and consent pages (/people/**): find a person by name, phone or reference, enrol them (with the duplicate
 * warning), see and change their details, record, re-confirm and withdraw consent per purpose, print their consent
 * receipt in their language, and erase them. Every step is a call to the consent service's API with the signed-in
 * person's token, through the {@link london.sanctuary.workspace.people.ConsentRecords} port.
 */
package london.sanctuary.workspace.people;
