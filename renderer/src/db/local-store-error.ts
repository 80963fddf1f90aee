// A write to this PC's own database that did not land (a storage error, or a document that vanished
// while it was changed). Its message names the documents for whoever reads a log; staff read the
// code's sentence in their language (app/failure-messages.ts: 'failure.lokaal-niet-opgeslagen').
export class LocalStoreError extends Error {
  readonly code = 'lokaal-niet-opgeslagen'
  constructor(message: string) {
    super(message)
    this.name = 'LocalStoreError'
  }
}
