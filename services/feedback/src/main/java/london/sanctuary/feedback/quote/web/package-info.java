/** FindQuotableAnswers over HTTP: officers read the answers that may be quoted, never who wrote them. */
package london.sanctuary.feedback.quote.web;
