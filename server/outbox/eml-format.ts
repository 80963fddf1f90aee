// A message as an RFC 5322 mail with a MIME text part (RFC 2045–2047): ASCII headers (the Dutch
// subject encoded as an RFC 2047 word), the UTF-8 text quoted-printable with soft line breaks, CRLF
// line ends. Any mail client opens the file; a mail relay could send it as it is.
import type { OutboxMessage } from './outbox-store'

const CRLF = '\r\n'

/** RFC 2047 encoded word for a header value that is not plain ASCII. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text: lines at most 76 characters, CRLF line ends. */
export function quotedPrintable(text: string): string {
  return text.split(/\r?\n/).map((line) => {
    let encoded = ''
    for (const byte of Buffer.from(line, 'utf8')) {
      const plain = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32
      encoded += plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
    }
    // Trailing white space would be lost in transit.
    encoded = encoded.replace(/ $/, '=20')
    const out: string[] = []
    while (encoded.length > 75) {
      let cut = 75
      // Never split an =XX escape.
      const escape = encoded.lastIndexOf('=', cut)
      if (escape > cut - 3) cut = escape
      out.push(`${encoded.slice(0, cut)}=`)
      encoded = encoded.slice(cut)
    }
    out.push(encoded)
    return out.join(CRLF)
  }).join(CRLF)
}

export function emlOf(message: OutboxMessage, from: string, now: Date, domain = 'locatiedesk.invalid'): string {
  if (message.recipient === null) throw new Error('message has no recipient')
  const headers = [
    `From: ${from}`,
    `To: ${message.recipient}`,
    `Subject: ${encodeHeader(message.payload.subject)}`,
    `Date: ${now.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <outbox-${message.id}.${message.kind}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
  ]
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(message.payload.text)}${CRLF}`
}
