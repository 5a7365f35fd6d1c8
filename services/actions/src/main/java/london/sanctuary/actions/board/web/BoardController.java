package london.sanctuary.actions.board.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import london.sanctuary.actions.board.Board;
import london.sanctuary.actions.board.YouSaidWeDid;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.pages.council.Councils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The public "you said, we did" page of a borough this instance serves: no login, server-rendered. */
@Controller
class BoardController {

    private final YouSaidWeDid boards;
    private final ServedBoroughs served;
    private final BoardPage page;
    private final LocaleResolver locales;
    private final Councils councils;

    BoardController(
            YouSaidWeDid boards, ServedBoroughs served, BoardPage page, LocaleResolver locales, Councils councils) {
        this.boards = boards;
        this.served = served;
        this.page = page;
        this.locales = locales;
        this.councils = councils;
    }

    @GetMapping("/public/boroughs/{borough}/you-said-we-did")
    String board(
            @PathVariable String borough,
            @RequestParam(required = false) String lang,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!served.serves(borough)) {
            throw new NotFound("Borough");
        }
        Board board = boards.board(Borough.of(borough), lang);
        locales.setLocale(request, response, Locale.forLanguageTag(board.language()));
        model.addAttribute("board", board);
        model.addAttribute("stylesheet", page.stylesheet());
        model.addAttribute("council", councils.of(Borough.of(borough)));
        return "you-said-we-did";
    }
}
