package london.sanctuary.referrals;

import london.sanctuary.platform.test.OpenApiDocumentIsLinted;

/** The service's OpenAPI document: bearer security, summaries, problem answers; linted with no error. */
class OpenApiIntegrationTests extends ReferralsServiceTest implements OpenApiDocumentIsLinted {}
