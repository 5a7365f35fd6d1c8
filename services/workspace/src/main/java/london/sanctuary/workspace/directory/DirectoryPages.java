package london.sanctuary.workspace.directory;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The service lead's directory of local services: what it holds, and importing the borough's ORUK export in two
 * steps, a preview of what will be kept and left out, then the import. Every error is the page again with the error
 * summary naming the file, in the page's language: no file, not a JSON file, too big (saying the limit), or not an
 * export the referrals service can read (where in the file, in its words).
 */
@Controller
class DirectoryPages {

    static final String FILE = "file";
    private final LocalDirectory directory;
    private final MessageSource messages;
    private final DataSize maxFile;

    DirectoryPages(
            LocalDirectory directory,
            MessageSource messages,
            @Value("${sanctuary.requests.max-json-body:256KB}") DataSize maxFile) {
        this.directory = directory;
        this.messages = messages;
        this.maxFile = maxFile;
    }

    @GetMapping("/directory")
    String directory(@RequestParam Optional<Integer> imported, Model model) {
        model.addAttribute("imported", imported.orElse(null));
        return page(model, StaffMember.boroughOf(Role.SERVICE_LEAD), PageErrors.NONE);
    }

    @PostMapping("/directory/preview")
    String preview(@RequestParam(name = FILE, required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        Optional<String> wrong = wrongFile(file);
        if (wrong.isPresent()) {
            return page(model, borough, PageErrors.field(FILE, wrong.get()));
        }
        byte[] export = file.getBytes();
        try {
            model.addAttribute("preview", directory.preview(borough, export));
        } catch (ServiceRefusal refusal) {
            return page(model, borough, notAnExport(refusal));
        }
        model.addAttribute("services", directory.services(borough));
        model.addAttribute("digest", PendingImport.keep(session, export).digest());
        model.addAttribute("fileName", file.getOriginalFilename());
        return "directory/preview";
    }

    @PostMapping("/directory/import")
    String importExport(@RequestParam(defaultValue = "") String digest, HttpSession session, Model model) {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        Optional<PendingImport> pending = PendingImport.take(session, digest);
        if (pending.isEmpty()) {
            return page(model, borough, PageErrors.field(FILE, message("directory.error.preview-gone")));
        }
        try {
            return "redirect:/directory?imported="
                    + directory.importExport(borough, pending.get().export());
        } catch (ServiceRefusal refusal) {
            return page(model, borough, notAnExport(refusal));
        }
    }

    /** Why a file cannot be an export, before anything is sent: none chosen, too big, not JSON. */
    private Optional<String> wrongFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.of(message("directory.error.no-file"));
        }
        if (file.getSize() > maxFile.toBytes()) {
            return Optional.of(tooBig());
        }
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("").toLowerCase(Locale.ROOT);
        String type = Optional.ofNullable(file.getContentType()).orElse("");
        if (!name.endsWith(".json") && !type.startsWith("application/json")) {
            return Optional.of(message("directory.error.not-json"));
        }
        return Optional.empty();
    }

    /** The referrals service's refusal of the file, in plain words at the file; a 403 or 5xx goes on. */
    private PageErrors notAnExport(ServiceRefusal refusal) {
        if (refusal.status() == 413) {
            return PageErrors.field(FILE, tooBig());
        }
        if (refusal.status() != 400) {
            throw refusal;
        }
        String where = refusal.field().filter(f -> !f.equals("body")).orElse(null);
        return PageErrors.field(
                FILE,
                where == null
                        ? message("directory.error.not-export", refusal.detail())
                        : message("directory.error.not-export-at", where, refusal.detail()));
    }

    String tooBig() {
        return message("directory.error.too-big", maxFile.toKilobytes());
    }

    String page(Model model, String borough, PageErrors errors) {
        model.addAttribute("services", directory.services(borough));
        model.addAttribute("lastImport", directory.lastImport(borough).orElse(null));
        model.addAttribute("maxKb", maxFile.toKilobytes());
        model.addAttribute("errors", errors);
        return "directory/directory";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
