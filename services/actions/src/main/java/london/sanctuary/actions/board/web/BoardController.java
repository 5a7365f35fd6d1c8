package london.sanctuary.actions.board.web;

import london.sanctuary.actions.board.Board;
import london.sanctuary.actions.board.YouSaidWeDid;
import london.sanctuary.actions.config.ActionsSettings;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.problem.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public "you said, we did" page of a borough this instance serves: no login, server-rendered. */
@Controller
class BoardController {

    private final YouSaidWeDid boards;
    private final ServedBoroughs served;
    private final ActionsSettings settings;

    BoardController(YouSaidWeDid boards, ServedBoroughs served, ActionsSettings settings) {
        this.boards = boards;
        this.served = served;
        this.settings = settings;
    }

    @GetMapping("/public/boroughs/{borough}/you-said-we-did")
    String board(@PathVariable String borough, @RequestParam(required = false) String lang, Model model) {
        if (!served.serves(borough)) {
            throw new NotFound("Borough");
        }
        Board board = boards.board(Borough.of(borough), lang);
        model.addAttribute("board", board);
        model.addAttribute("stylesheet", settings.board().stylesheet());
        return "you-said-we-did";
    }
}
