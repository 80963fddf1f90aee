// The import report as Dutch text, for the command line and for customer service to read.
import type { ImportReport } from './import-report'
import { describeSource, type ImportIssue } from './import-set'

export function reportText(r: ImportReport): string {
  const lines: string[] = [r.dryRun ? 'Proefimport: er is niets opgeslagen.' : `Import klaar: ${r.written} document(en) opgeslagen.`]
  const list = <T>(title: string, items: readonly T[], show: (item: T) => string) => {
    if (items.length === 0) return
    lines.push('', `${title} (${items.length}):`, ...items.map((item) => `  - ${show(item)}`))
  }
  const named = (x: { id: string; name: string }) => `${x.name} (${x.id})`
  const placement = (p: { id: string; childId: string; groupId: string }) => `${p.id}: kind ${p.childId}, groep ${p.groupId}`
  list('Locaties toegevoegd', r.locations.added, named)
  list('Locaties gewijzigd', r.locations.changed, named)
  list('Groepen toegevoegd', r.groups.added, (g) => `${g.name} (${g.id}, ${g.locationId})`)
  list('Groepen gewijzigd', r.groups.changed, (g) => `${g.name} (${g.id}, ${g.locationId})`)
  list('Kinderen toegevoegd', r.children.added, named)
  list('Kinderen gewijzigd', r.children.changed, named)
  list('Kinderen beëindigd (laatste plaatsing afgelopen)', r.children.ended, named)
  list('Plaatsingen toegevoegd', r.placements.added, placement)
  list('Plaatsingen gewijzigd', r.placements.changed, placement)
  list('Plaatsingen beëindigd', r.placements.ended, placement)
  list('Tegoeden geboekt', r.balances.added, (b) => `${b.unit} ${b.year}, plaatsing ${b.placementId}: ${b.to}`)
  list('Tegoeden gecorrigeerd', r.balances.corrected, (b) => `${b.unit} ${b.year}, plaatsing ${b.placementId}: ${b.from} → ${b.to}`)
  list('Kinderen niet in bestand (ongewijzigd gelaten; een export kan gedeeltelijk zijn)', r.children.notInFile, named)
  list('Plaatsingen niet in bestand (ongewijzigd gelaten)', r.placements.notInFile, placement)
  list('Ouders met twee e-mailadressen (beide bewaard)', r.parentsWithTwoEmails,
    (p) => `${p.name}, ouder ${p.rank} van ${p.childId}: ${p.emails.join(' en ')}; inlogadres ${p.signInEmail ?? '-'}`)
  list('Ouders die één e-mailadres delen', r.sharedEmails, (s) => `kind ${s.childId}: ${s.email}`)
  list('Ouders zonder e-mailadres', r.parentsWithoutEmail, (p) => `${p.name}, ouder ${p.rank} van ${p.childId}`)
  list('Gekozen inlogadres niet meer in het bestand (terug naar het eerste adres)', r.signInReset,
    (s) => `ouder ${s.rank} van ${s.childId}: ${s.previous} → ${s.now ?? 'geen'}`)
  if (lines.length === 1) lines.push('Er was niets nieuws in het bestand.')
  return lines.join('\n')
}

export function errorsText(errors: readonly ImportIssue[], errorCount: number): string {
  const head = `Het bestand is niet ingelezen: ${errorCount} ${errorCount === 1 ? 'fout' : 'fouten'}. Er is niets opgeslagen.`
  const more = errorCount > errors.length ? [`  … en nog ${errorCount - errors.length}`] : []
  return [head, ...errors.map((e) => `  - ${describeSource(e)}: ${e.message}`), ...more].join('\n')
}
