// The version /health reports: the package's, so a PC can tell which server it talks to.
import pkg from '../package.json' with { type: 'json' }

export const serverVersion: string = pkg.version
