package london.sanctuary.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.security.SecuritySettings;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The token every {@code /api/**} operation asks for, and none on {@code /public/**}: a bearer JWT from the
 * platform's issuer and, where the service knows the issuer's token endpoint, the same token by OAuth2 client
 * credentials, so Swagger UI can fetch one itself.
 */
class BearerSecurity implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String CLIENT_CREDENTIALS = "clientCredentials";

    private final SecuritySettings settings;

    BearerSecurity(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public void customise(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(new Components());
        }
        List<SecurityRequirement> either = new ArrayList<>();
        document.getComponents().addSecuritySchemes(BEARER, bearer());
        either.add(new SecurityRequirement().addList(BEARER));
        if (settings.tokenUri() != null) {
            document.getComponents().addSecuritySchemes(CLIENT_CREDENTIALS, clientCredentials());
            either.add(new SecurityRequirement().addList(CLIENT_CREDENTIALS));
        }
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths()
                .forEach((path, item) -> item.readOperations()
                        .forEach(
                                operation -> operation.setSecurity(ProblemResponses.isApi(path) ? either : List.of())));
    }

    private SecurityScheme bearer() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token (RS256 JWT) from "
                        + String.join(" or ", settings.issuerNames())
                        + " for the audience "
                        + settings.audience() + ", carrying the caller's `borough` and `roles`.");
    }

    private SecurityScheme clientCredentials() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("The same token, fetched with a client id and secret (OAuth2 client credentials).")
                .flows(new OAuthFlows()
                        .clientCredentials(
                                new OAuthFlow().tokenUrl(settings.tokenUri()).scopes(new Scopes())));
    }
}
