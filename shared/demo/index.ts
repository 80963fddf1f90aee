// The deterministic demo organisation (SPEC §7) and the benchmark's location year.
export { emptyDocuments } from './history/sim'
export { generateDemo, type DemoDocument, type DemoDocuments, type DemoOptions, type DemoOrganisation, type DemoPart } from './generate'
export { locationYear, locationYearDocuments } from './location-year'
export { demoStaff, demoPasswords, type DemoCredentials } from './staff'
export { demoLocations, demoLocationIds, demoDeviceOf, type DemoLocationFrame } from './organisation'
export { createRng, type Rng } from './prng'
