package london.sanctuary.workspace.services;

/** A service could not answer (a 5xx, or no answer at all): the page says so and that nothing was changed by it. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, int status) {
        super(service + " answered " + status);
        this.service = service;
    }

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " did not answer", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
