export * from './contract'
export * from './server-http'
