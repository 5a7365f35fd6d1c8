/** The council that runs a borough's public pages, for their footer: name, website, privacy notice, contact. */
package london.sanctuary.platform.pages.council;
