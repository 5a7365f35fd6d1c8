/**
 * A person's subject-access bundle, defined once for the staff workspace and for the person's own page: which
 * sections it holds, in which order, which service answers each and at which address ({@link SubjectAccessBundle}),
 * and how a service's JSON answer reads as rows of label and text ({@link Readable}). Plain Java; each side keeps its
 * own HTTP client (decision 0065).
 */
package london.sanctuary.platform.pages.subjectaccess;
