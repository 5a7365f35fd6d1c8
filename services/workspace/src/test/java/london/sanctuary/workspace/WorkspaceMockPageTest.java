package london.sanctuary.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;
import london.sanctuary.workspace.actions.FakeActions;
import london.sanctuary.workspace.audit.AuditPagesTests;
import london.sanctuary.workspace.directory.FakeDirectory;
import london.sanctuary.workspace.forms.FakeForms;
import london.sanctuary.workspace.moveon.FakeMoveOn;
import london.sanctuary.workspace.people.FakeConsentRecords;
import london.sanctuary.workspace.responses.FakeResponses;
import london.sanctuary.workspace.safeguarding.SafeguardingPagesTests;
import london.sanctuary.workspace.sessions.FakeSessions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A feature's pages in MockMvc, with Spring Security, signing staff in with {@code oidcLogin()}; the base of the
 * browser tests ({@link WorkspacePageTest}) too. Every page test of the workspace shares one workspace (one Spring
 * context for the test JVM, decision 0068): on {@link LocalSignIn#WORKSPACE_PORT}, the one callback port the local
 * authorization server knows, with every feature's fakes ({@code @TestConfiguration}s with {@code @Primary} beans),
 * imported here and nowhere in the subclasses (an import of its own would start a second workspace on the same port).
 * Each feature's test resets its fakes before each test.
 */
@SpringBootTest(classes = WorkspaceApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
@TestPropertySource(properties = "spring.config.name=workspace")
@Import({
    FakeActions.class,
    AuditPagesTests.Fakes.class,
    FakeConsentRecords.Port.class,
    FakeDirectory.Port.class,
    FakeForms.class,
    FakeMoveOn.class,
    FakeResponses.class,
    SafeguardingPagesTests.Fakes.class,
    FakeSessions.class
})
public abstract class WorkspaceMockPageTest {

    @DynamicPropertySource
    static void signInAtTheLocalServer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> LocalSignIn.WORKSPACE_PORT);
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
