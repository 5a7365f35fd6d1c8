package london.sanctuary.local;

/** Starts the whole platform on one machine. */
public final class LocalPlatform {

    private LocalPlatform() {}

    public static void main(String[] args) {}
}
