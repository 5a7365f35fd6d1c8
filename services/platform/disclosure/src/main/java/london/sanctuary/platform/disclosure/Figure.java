package london.sanctuary.platform.disclosure;

/** A published median or rate: shown only when the count behind it passes the threshold. */
public record Figure(Double value, boolean suppressed) {

    public static final Figure SUPPRESSED = new Figure(null, true);

    public static Figure of(double value) {
        return new Figure(value, false);
    }

    public String text() {
        return suppressed ? "[c]" : Double.toString(value);
    }
}
