package london.sanctuary.platform.disclosure;

/** One published count: a rounded value, or suppressed (then {@code value} is null). */
public record Cell(Long value, boolean suppressed) {

    public static final Cell SUPPRESSED = new Cell(null, true);

    public Cell {
        if (suppressed == (value != null)) {
            throw new IllegalArgumentException("a cell has a value or is suppressed, not both");
        }
    }

    public static Cell of(long value) {
        return new Cell(value, false);
    }

    /** The value as text for exports: the number, or {@code [c]} when suppressed (ONS's marker). */
    public String text() {
        return suppressed ? "[c]" : Long.toString(value);
    }
}
