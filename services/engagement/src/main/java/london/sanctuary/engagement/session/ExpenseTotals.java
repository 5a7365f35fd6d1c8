package london.sanctuary.engagement.session;

import java.util.List;

/** Travel expenses claimed (rows with an amount), what they come to, and how much of it was paid, in pence. */
public record ExpenseTotals(int claims, long claimedPence, long paidPence) {

    public static final ExpenseTotals NONE = new ExpenseTotals(0, 0, 0);

    public static ExpenseTotals of(List<Attendance> rows) {
        return rows.stream()
                .filter(a -> a.travelExpensesPence() > 0)
                .map(a ->
                        new ExpenseTotals(1, a.travelExpensesPence(), a.paidAt() == null ? 0 : a.travelExpensesPence()))
                .reduce(NONE, ExpenseTotals::plus);
    }

    public ExpenseTotals plus(ExpenseTotals other) {
        return new ExpenseTotals(claims + other.claims, claimedPence + other.claimedPence, paidPence + other.paidPence);
    }

    public long owedPence() {
        return claimedPence - paidPence;
    }
}
