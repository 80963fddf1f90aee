// The untranslated-text check of issue 10: which messages belong to one language only, and which of
// them a screen shows. A message is "Dutch only" when its Dutch words differ from the English ones and
// do not appear in any English message either (the English screen names keep the Dutch word:
// 'Aanwezigheidslijst (attendance)', so 'Aanwezigheidslijst' is not Dutch only); `{values}` match
// anything. On an English screen no text may be a Dutch-only message, and the reverse.
import type { Page } from '@playwright/test'
import { en } from '../../../renderer/src/i18n/en'
import { nl } from '../../../renderer/src/i18n/nl'

export interface OnlyMessage {
  key: string
  text: string
  pattern: RegExp
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const placeholder = /\{\w+\}/g
const hasPlaceholder = /\{\w+\}/

function messagePattern(message: string): RegExp {
  return new RegExp(`^${message.split(placeholder).map((part) => escape(part.replace(/\s+/g, ' '))).join('.+')}$`, 'su')
}

/** `part` inside `text` as whole words (not 'Kind' inside 'Kinderen'). */
function containsWords(text: string, part: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escape(part)}($|[^\\p{L}])`, 'u').test(text)
}

/** The messages of `own` that a screen in the other language must never show. */
export function onlyIn(own: Record<string, string>, other: Record<string, string>): OnlyMessage[] {
  const otherTexts = Object.values(other)
  return Object.entries(own).flatMap(([key, text]) => {
    if (other[key] === text) return []
    // Nothing but values and marks ('{dayPart} {count}/{capacity}') reads the same in both languages, and
    // a word or two between values ('{name} op {time}') would match any sentence: neither says which language.
    if ((text.replace(placeholder, '').match(/\p{L}/gu) ?? []).length < 4 && hasPlaceholder.test(text)) return []
    if (!/\p{L}/u.test(text)) return []
    const pattern = messagePattern(text)
    const shared = otherTexts.some((o) => pattern.test(o) || (!hasPlaceholder.test(text) && containsWords(o, text)))
    return shared ? [] : [{ key, text, pattern }]
  })
}

export const dutchOnly = onlyIn(nl, en)
export const englishOnly = onlyIn(en, nl)

/**
 * Every text a person can read or hear on the page as it is: visible text nodes, the options of every
 * select, and aria-label, placeholder, title, label and alt. Whitespace collapsed, each text once.
 */
export async function screenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = new Set<string>()
    const add = (value: string | null | undefined) => {
      const text = (value ?? '').replace(/\s+/g, ' ').trim()
      if (text !== '') texts.add(text)
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, template')) continue
      if (parent.closest('option') || parent.checkVisibility()) add(node.textContent)
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [label], [alt]')) {
      if (el.tagName !== 'OPTION' && !el.checkVisibility()) continue
      for (const name of ['aria-label', 'placeholder', 'title', 'label', 'alt']) add(el.getAttribute(name))
    }
    return [...texts]
  })
}

/** "<screen>: "<text>" (<key>)" for every text on the page that is one of `forbidden`. */
export async function untranslated(page: Page, screen: string, forbidden: readonly OnlyMessage[]): Promise<string[]> {
  const texts = await screenTexts(page)
  return texts.flatMap((text) => forbidden.filter((m) => m.pattern.test(text)).map((m) => `${screen}: "${text}" (${m.key})`))
}
