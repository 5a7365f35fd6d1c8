/**
 * The platform's one vocabulary of refusals, plain Java so that domain code may throw them: a value that breaks its
 * field's rule ({@link london.sanctuary.contracts.refusal.InvalidValue}, 400), a rule of the record's state
 * ({@link london.sanctuary.contracts.refusal.RuleBroken}, 422), nothing there for this caller
 * ({@link london.sanctuary.contracts.refusal.NotFound}, 404), erased ({@link london.sanctuary.contracts.refusal.Gone},
 * 410), a collision ({@link london.sanctuary.contracts.refusal.Conflict}, {@link
 * london.sanctuary.contracts.refusal.StaleVersion}, 409). The platform's problem advice answers each as
 * {@code application/problem+json}; no service maps them again.
 */
package london.sanctuary.contracts.refusal;
