// The parent's signature on the sheet, in print and in the PDF: inline SVG drawn from the vector data,
// scalable because the viewBox is the pad's own size. No hooks, so it renders in the PDF's HTML too.
import type { Signature } from '../../../../shared/domain'
import { signaturePaths } from './signature-path'

export interface SignatureImageProps {
  signature: Signature
  /** Shown width in CSS pixels; the height follows the pad's proportions. */
  width?: number
  /** The accessible name, in the app's language (`Handtekening <parentName>` in Dutch, signup.signatureOf). */
  label: string
}

export function SignatureImage({ signature, width = 180, label }: SignatureImageProps) {
  const height = Math.round((width * signature.height) / signature.width)
  return (
    <svg role="img" aria-label={label} className="signature-image"
      viewBox={`0 0 ${signature.width} ${signature.height}`} width={width} height={height} preserveAspectRatio="xMidYMid meet">
      {signaturePaths(signature).map((path, i) => (
        <path key={i} d={path.d} fill="none" stroke="#000" strokeWidth={path.width} strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  )
}
