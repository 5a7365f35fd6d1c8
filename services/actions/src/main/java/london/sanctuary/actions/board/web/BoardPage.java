package london.sanctuary.actions.board.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.actions.board}: the public board's page settings.
 *
 * @param stylesheet the GOV.UK Frontend stylesheet the page links to
 */
@ConfigurationProperties("sanctuary.actions.board")
public record BoardPage(String stylesheet) {

    public BoardPage {
        stylesheet = stylesheet == null ? "/public/govuk/govuk-frontend.min.css" : stylesheet;
    }
}
