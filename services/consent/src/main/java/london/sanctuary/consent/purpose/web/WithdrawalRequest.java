package london.sanctuary.consent.purpose.web;

/** The optional body of a withdrawal. */
record WithdrawalRequest(String reason) {}
