// The bridge rejects with an Error that carries the contract's BridgeError code, so callers (the
// replication, the UI) can tell "PC host unreachable" from "server refused" without parsing text.
import type { BridgeError } from '../../../shared/api'

export class BridgeFailure extends Error implements BridgeError {
  readonly code: string
  constructor(error: BridgeError) {
    super(error.message)
    this.name = 'BridgeFailure'
    this.code = error.code
  }
}
