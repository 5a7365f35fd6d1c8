package london.sanctuary.engagement.session;

/**
 * What a participant is offered for taking part: travel expenses and food. Deliberately nothing else: people
 * seeking asylum cannot be paid for taking part, so there is no payment here to set.
 */
public record Compensation(boolean travelExpenses, boolean food) {

    public static Compensation none() {
        return new Compensation(false, false);
    }
}
