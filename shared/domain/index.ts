// The domain, from one place: collections, vocabularies, schemas, derived types, ids, validation.
export * from './collections'
export * from './enums'
export * from './schemas'
export type * from './types'
export * from './ids'
export * from './validate'
