package london.sanctuary.platform.openapi;

import london.sanctuary.platform.test.OpenApiDocumentIsLinted;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;

/** The tiny service's OpenAPI document, as the starter makes every service's: linted with no error. */
@SanctuaryIntegrationTest
class OpenApiIntegrationTests implements OpenApiDocumentIsLinted {}
