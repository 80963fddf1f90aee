import { describe, expect, it } from 'vitest'
import { SseParser, type SseMessage } from '../../../../electron/main/services/sse-parser'

function parse(chunks: string[]): SseMessage[] {
  const out: SseMessage[] = []
  const parser = new SseParser((m) => out.push(m))
  for (const chunk of chunks) parser.push(chunk)
  return out
}

describe('SseParser', () => {
  it('reads named events, multi-line data, ids and skips comments', () => {
    expect(parse([': hello\n\nevent: change\nid: 4\ndata: {"a":\ndata: 1}\n\ndata:plain\n\n'])).toEqual([
      { event: 'change', data: '{"a":\n1}', id: '4' },
      { event: 'message', data: 'plain', id: '4' },
    ])
  })

  it('gives the same messages however the stream is cut, with \\n, \\r\\n or \\r line ends', () => {
    const text = 'event: resync\r\ndata: {}\r\n\r\nevent: change\rdata: x\r\rdata: y\n\n'
    const whole = parse([text])
    expect(whole).toEqual([
      { event: 'resync', data: '{}', id: undefined },
      { event: 'change', data: 'x', id: undefined },
      { event: 'message', data: 'y', id: undefined },
    ])
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)])).toEqual(whole)
    }
    expect(parse([...text])).toEqual(whole)
  })

  it('does not dispatch an event without data, nor an unfinished one', () => {
    expect(parse(['event: resync\n\nevent: change\ndata: half'])).toEqual([])
  })
})
