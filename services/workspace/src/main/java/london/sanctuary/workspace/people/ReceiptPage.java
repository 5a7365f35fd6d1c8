package london.sanctuary.workspace.people;

import java.util.Locale;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's consent receipt, to print and hand to them, in their language — the language they consented in, as the
 * receipt says, or the one the officer picks — whatever language the officer works in. Wording the workspace does not
 * have in that language is printed in English, and the page says so by its {@code lang}.
 */
@Controller
class ReceiptPage {

    private final ConsentRecords records;
    private final MessageSource messages;

    ReceiptPage(ConsentRecords records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @GetMapping("/people/{ref}/receipt")
    String receipt(@PathVariable String ref, @RequestParam(required = false) String in, Model model) {
        Receipt receipt = records.receipt(StaffMember.boroughOf(Role.OFFICER), ref);
        String language = "ar".equals(in) || "en".equals(in) ? in : receipt.language();
        Locale printed = "ar".equals(language) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        model.addAttribute("receipt", receipt);
        model.addAttribute("printedIn", printed.getLanguage());
        model.addAttribute("t", new Wording(messages, printed));
        return "people/receipt";
    }

    /** The workspace's wording in the language the receipt is printed in. */
    record Wording(MessageSource messages, Locale locale) {

        public String of(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }
    }
}
