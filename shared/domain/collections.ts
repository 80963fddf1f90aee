// The replicated collections: RxDB's open-source build allows at most 13 open collections per
// JavaScript realm (DESIGN §4), so the budget is 12. Where each domain concept lives:
//   locations      locatie + its groepen (care type, capacity and times per day part) + schools served
//   children       kind + ouders (embedded) + plaatsingen (embedded) + who may collect
//   attendance     one document per group per day (aanwezigheidslijst), entries per child
//   absences       afwezigheidsmelding, one per child, date and day part (append-only)
//   requests       aanvraag with its state (R20) and its decisions
//   ledger         tegoedboekingen: swap hours, holiday days, Qflexibel hours (append-only)
//   studydays      studiedag / schoolsluitingsdag per school
//   signupsheets   intekenlijst: one per location and study day (open / gesloten)
//   signuplines    intekenregel with the parent's signature (append-only)
//   staff          medewerker: role and locations (no secrets)
//   journal        small append-only facts: ontgrendeld, correctie, intrekking, verwerkt, afgewezen
//   notices        what the server refused or whose change won a conflict, per PC (F7)
export const collectionNames = [
  'locations', 'children', 'attendance', 'absences', 'requests', 'ledger',
  'studydays', 'signupsheets', 'signuplines', 'staff', 'journal', 'notices',
] as const
export type CollectionName = (typeof collectionNames)[number]
