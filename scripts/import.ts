// `npm run import -- FILE [--dry-run] [--json]`: the planning system's export into Locatiedesk (F10).
// All of it lives in server/import/import-cli.ts; this file only hands over the arguments.
import { importCli } from '../server/import/import-cli'

importCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
