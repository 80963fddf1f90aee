// Every word a component puts on the screen comes from the messages (i18n/nl.ts, en.ts), so the
// language switch reaches it: this reads every renderer/src/**/*.tsx with the TypeScript compiler and
// fails on JSX text with letters, and on string literals given to the props a screen reader or the eye
// reads (aria-label, title, placeholder, alt, label). What reaches the screen from a .ts helper is
// checked by the end-to-end language test (test/e2e/language.spec.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const sourceDir = join(root, 'renderer/src')
const textProps = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext'])
// The app's own components take their words through props named for them (listLabel, noneText, dateLabel).
const ownTextProp = /(Label|Text|Title|Hint|Message|Caption|Heading|Placeholder)$/

// The only texts allowed in components: marks without a language. A letter is a word in some language;
// anything else here (a dash between two times, a middle dot between two facts, a multiplication sign)
// reads the same in Dutch and English.
const hasLetter = /\p{L}/u

interface Finding {
  file: string
  line: number
  text: string
}

function isTextProp(name: string): boolean {
  return textProps.has(name) || ownTextProp.test(name)
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

/** A string-literal (or template without values) with letters, wherever it sits inside an expression. */
function literalTexts(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return hasLetter.test(node.text) ? [node] : []
  if (ts.isJsxExpression(node) || ts.isParenthesizedExpression(node)) return node.expression ? literalTexts(node.expression) : []
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)]
  if (ts.isBinaryExpression(node)) {
    // 'a' + b and x ?? 'a' put the literal on the screen; in cond && 'a' only the right side does; a
    // comparison (kind === 'locked') puts neither there.
    const op = node.operatorToken.kind
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return [...literalTexts(node.left), ...literalTexts(node.right)]
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(node.right)
    return []
  }
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
    return parts.some((part) => hasLetter.test(part)) ? [node] : []
  }
  return []
}

function findHardcodedText(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const findings: Finding[] = []
  const report = (node: ts.Node, text: string) =>
    findings.push({ file: fileName, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() })
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetter.test(node.text)) report(node, node.text)
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      // {'Opslaan'} or {cond ? 'Ja' : 'Nee'} as a child of an element is text on the screen too.
      for (const literal of literalTexts(node)) report(literal, literal.getText(file))
    }
    if (ts.isJsxAttribute(node) && node.initializer && isTextProp(node.name.getText(file))) {
      for (const literal of literalTexts(node.initializer)) report(literal, literal.getText(file))
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return findings
}

describe('components', () => {
  it('find a hard-coded word in JSX text and in a labelling prop (the check can fail)', () => {
    const sample = `export const A = () => <div title="Sluiten" aria-label={open ? 'Open' : x}>
      Opslaan {t('ok')} – {'Klaar'} {kind === 'locked' && t('y')} <input placeholder={\`Zoek \${x}\`} /> <Combo noneText="Geen" className="row" /> × 3 <b>{t('x')}</b></div>`
    expect(findHardcodedText('a.tsx', sample).map((f) => f.text)).toEqual(['"Sluiten"', "'Open'", 'Opslaan', "'Klaar'", '`Zoek ${x}`', '"Geen"'])
  })

  it('put no hard-coded text on the screen: every word comes from the messages', () => {
    const findings = tsxFiles(sourceDir).flatMap((path) => findHardcodedText(relative(root, path), readFileSync(path, 'utf8')))
    expect(findings.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([])
  })
})
