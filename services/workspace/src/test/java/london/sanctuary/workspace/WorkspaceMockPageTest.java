package london.sanctuary.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A feature's pages in MockMvc, with Spring Security, no port of their own (so they run beside the browser tests'
 * workspace): the feature's test extends it, fakes its ports ({@code @Import} of a {@code @TestConfiguration}) and
 * signs staff in with {@code oidcLogin()}. The workspace still discovers the local authorization server at start.
 */
@SpringBootTest(classes = WorkspaceApplication.class, webEnvironment = WebEnvironment.MOCK)
@TestPropertySource(properties = "spring.config.name=workspace")
public abstract class WorkspaceMockPageTest {

    @DynamicPropertySource
    static void signInAtTheLocalServer(DynamicPropertyRegistry registry) {
        registry.add("sanctuary.workspace.issuer", LocalSignIn::issuer);
    }

    @Autowired
    protected WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void openMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A member of Newham's staff signed in by name, with these roles, as the local authorization server says. */
    protected static OidcLoginRequestPostProcessor newhamStaff(String subject, String name, String... roles) {
        return oidcLogin()
                .idToken(token -> token.subject(subject)
                        .claim("name", name)
                        .claim("borough", "newham")
                        .claim("roles", List.of(roles)));
    }
}
