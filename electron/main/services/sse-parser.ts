// A parser for the text/event-stream format (WHATWG HTML, "Server-sent events"), fed with decoded
// text chunks as they arrive. Hand-written rather than the `eventsource` package: its current
// major needs Node 22, and its reconnect policy (give up on any non-200 answer) is not ours — the
// transport needs to own reconnects, backoff and the online/offline verdict itself.

export interface SseMessage {
  /** 'message' when the server named no event. */
  event: string
  data: string
  id: string | undefined
}

export class SseParser {
  private buffer = ''
  /** A chunk ended in '\r': if the next starts with '\n', that '\n' belongs to the same line break. */
  private pendingCr = false
  private event = ''
  private data: string[] = []
  private id: string | undefined
  private hasData = false

  constructor(private readonly onMessage: (message: SseMessage) => void) {}

  push(chunk: string): void {
    let text = chunk
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1)
    this.pendingCr = false
    this.buffer += text
    let start = 0
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i]
      if (ch !== '\n' && ch !== '\r') continue
      this.line(this.buffer.slice(start, i))
      if (ch === '\r') {
        if (i + 1 === this.buffer.length) this.pendingCr = true
        else if (this.buffer[i + 1] === '\n') i++
      }
      start = i + 1
    }
    this.buffer = this.buffer.slice(start)
  }

  private line(line: string): void {
    if (line === '') return this.dispatch()
    if (line.startsWith(':')) return // comment: the server's keep-alive
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') this.event = value
    else if (field === 'data') {
      this.data.push(value)
      this.hasData = true
    } else if (field === 'id' && !value.includes('\0')) this.id = value
    // 'retry' is ignored on purpose: reconnect timing is the transport's backoff policy.
  }

  private dispatch(): void {
    if (this.hasData) this.onMessage({ event: this.event || 'message', data: this.data.join('\n'), id: this.id })
    this.event = ''
    this.data = []
    this.hasData = false
  }
}
