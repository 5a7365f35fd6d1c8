package london.sanctuary.contracts;

/** Lawful basis for processing under UK GDPR Article 6. */
public enum LegalBasis {
    CONSENT,
    PUBLIC_TASK,
    LEGITIMATE_INTERESTS,
    VITAL_INTERESTS
}
