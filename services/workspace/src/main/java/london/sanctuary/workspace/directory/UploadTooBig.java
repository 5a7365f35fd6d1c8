package london.sanctuary.workspace.directory;

import jakarta.servlet.http.HttpServletRequest;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.staff.StaffMember;
import london.sanctuary.workspace.staff.StaffModel;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload past {@code spring.servlet.multipart.*} is refused by the container before any controller runs: the
 * directory page again (the workspace's one upload) with the error at the file saying the limit, not an error page.
 */
@ControllerAdvice
class UploadTooBig {

    private final DirectoryPages pages;
    private final StaffModel staff;

    UploadTooBig(DirectoryPages pages, StaffModel staff) {
        this.pages = pages;
        this.staff = staff;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooBig(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        ExtendedModelMap model = new ExtendedModelMap();
        String view = pages.page(model, borough, PageErrors.field(DirectoryPages.FILE, pages.tooBig()));
        ModelAndView page = new ModelAndView(view, model, HttpStatus.PAYLOAD_TOO_LARGE);
        staff.addTo(page, request);
        return page;
    }
}
