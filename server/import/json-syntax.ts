// Why a file is not JSON, in Dutch and with the line it goes wrong on. JSON.parse says it in English
// ("Unexpected token } in JSON at position 3038"), and customer service reads the import's report.
// The position, when the engine gives one, becomes a line number; the rest of its text is dropped.
import type { ImportIssue } from './import-set'

export function jsonSyntaxIssue(content: string, error: unknown): ImportIssue {
  const detail = error instanceof Error ? error.message : ''
  const position = /position (\d+)/.exec(detail)
  if (position) {
    const line = content.slice(0, Number(position[1])).split('\n').length
    return { path: '$', line, code: 'json-opmaak', message: `Het bestand is geen geldige JSON: de opmaak klopt niet op regel ${line}` }
  }
  // No position: the text stopped before the JSON was complete (an empty or cut-off file).
  const cut = /end of (JSON )?input/i.test(detail) || content.trim() === ''
  return {
    path: '$', code: 'json-opmaak',
    message: cut ? 'Het bestand is geen geldige JSON: het houdt halverwege op of is leeg' : 'Het bestand is geen geldige JSON',
  }
}
