// Who acts on this PC. Signing in (F1: personal accounts, PIN switch) arrives with a later issue;
// until then every fact is recorded with this placeholder author, so that it is easy to find and
// replace, never mistaken for a real staff member.
export const UNSIGNED_STAFF_ID = 'niet-aangemeld'
