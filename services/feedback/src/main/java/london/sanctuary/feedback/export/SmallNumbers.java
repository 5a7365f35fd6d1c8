package london.sanctuary.feedback.export;

/**
 * Disclosure control for published counts: a count from 1 up to {@code threshold - 1} could point to a person,
 * so it is shown as {@code <threshold} ({@code <8}); zero and larger counts are shown as they are.
 */
public record SmallNumbers(int threshold) {

    public SmallNumbers {
        if (threshold < 1) {
            throw new IllegalArgumentException("sanctuary.feedback.suppress-below: must be at least 1");
        }
    }

    public String show(long count) {
        return count > 0 && count < threshold ? "<" + threshold : String.valueOf(count);
    }
}
