import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { signaturePaths, strokePath } from '../../../../renderer/src/features/signup/signature-path'
import { SignatureImage } from '../../../../renderer/src/features/signup/SignatureImage'

describe('a signature as SVG', () => {
  it('draws quadratic curves through the midpoints between samples', () => {
    expect(strokePath([[0, 0, 0, 0.5], [10, 10, 10, 0.5], [20, 0, 20, 0.5], [30, 10, 30, 0.5]]))
      .toBe('M0 0Q10 10 15 5Q20 0 25 5L30 10')
    expect(strokePath([[5, 5, 0, 1], [6.04, 7.26, 8, 1]])).toBe('M5 5L6 7.3')
    // A dot: a zero-length line, which a round cap draws.
    expect(strokePath([[5, 5, 0, 1]])).toBe('M5 5L5 5')
  })

  it('draws a firmer stroke thicker and skips empty strokes', () => {
    const paths = signaturePaths({ strokes: [{ points: [[0, 0, 0, 0], [1, 1, 5, 0]] }, { points: [] }, { points: [[0, 0, 0, 1], [1, 1, 5, 1]] }] })
    expect(paths.map((p) => p.width)).toEqual([1.5, 4])
  })

  it('is an img with the given name (escaped), scaled from the pad\'s own size', () => {
    const html = renderToStaticMarkup(createElement(SignatureImage, {
      signature: { width: 600, height: 200, strokes: [{ points: [[10, 50, 0, 0.5], [20, 40, 16, 0.5]] }] }, label: 'Handtekening Eva <de> Vries', width: 150,
    }))
    expect(html).toMatch(/^<svg role="img" aria-label="Handtekening Eva &lt;de&gt; Vries" class="signature-image" viewBox="0 0 600 200" width="150" height="50"/)
    expect(html).toContain('<path d="M10 50L20 40" fill="none" stroke="#000" stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round"></path>')
  })
})
