package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import london.sanctuary.contracts.refusal.Gone;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.pages.subjectaccess.Readable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Their data (decision 0065): everything the borough holds about the person, the same bundle as staff's subject
 * access, as a page in their language ({@code /public/me/data}: section headings and field names worded, values as
 * held) and as one JSON download ({@code /public/me/data.json}, an attachment, never stored by the browser). The ref
 * is the opened link's; no link, an ended one or an erased person is the page's 404. A section whose service did not
 * answer is named on the page, never a 5xx. Each view is in the audit trail as the person's own, nothing of its data.
 */
@Controller
@RequestMapping("/public/me")
class MyDataController {

    private final MyData data;
    private final MyPageSupport pages;

    MyDataController(MyData data, MyPageSupport pages) {
        this.data = data;
        this.pages = pages;
    }

    @GetMapping("/data")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        Opened opened = pages.opened(request, null, response);
        MyData.Bundle bundle = data.of(opened);
        pages.audit(opened.link(), "subject-access.read.self", null);
        model.addAttribute(
                "sections",
                bundle.sections().entrySet().stream()
                        .map(s -> Readable.section(s.getKey(), s.getValue()))
                        .toList());
        model.addAttribute("notRead", bundle.notRead());
        return "my-data";
    }

    @GetMapping("/data.json") // no "produces": a dead link's not-found page is HTML whatever was accepted
    ResponseEntity<Map<String, Object>> download(HttpServletRequest request, HttpServletResponse response) {
        Opened opened = pages.opened(request, null, response);
        MyData.Bundle bundle = data.of(opened);
        pages.audit(opened.link(), "subject-access.downloaded.self", null);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("your-data.json")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(bundle.sections());
    }

    /** No link, an ended one, an erased person: the same page as every dead link. */
    @ExceptionHandler({NotFound.class, Gone.class})
    ModelAndView nothing(HttpServletRequest request, HttpServletResponse response) {
        return pages.notFound(request, response);
    }
}
