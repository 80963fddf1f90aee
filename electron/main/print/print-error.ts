// Why a PDF was not made, as a code the bridge carries (BridgeError.code) and a Dutch message staff see.
//   print.ongeldig  the document or the file name does not meet the contract (too big, unsafe name)
//   print.mislukt   rendering or writing the file failed (disk full, the folder cannot be made, …)

export type PrintErrorCode = 'print.ongeldig' | 'print.mislukt'

export class PrintError extends Error {
  constructor(readonly code: PrintErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PrintError'
  }
}
