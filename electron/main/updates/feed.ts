// Where updates come from: LOCATIEDESK_UPDATE_URL at run time (IT can point a PC at another feed),
// else the feed electron-builder baked into the installed app (resources/app-update.yml, from
// publish.url in electron.builder.yml), else none. An unpackaged app never updates itself:
// electron-updater would refuse anyway, and a development checkout must not replace itself.
export type UpdateFeed =
  | { kind: 'url'; url: string }
  | { kind: 'built-in'; configPath: string }
  | { kind: 'off'; reason: string }

export interface FeedProbe {
  envUrl: string | undefined
  packaged: boolean
  /** resources/app-update.yml of the installed app, and whether it exists. */
  builtInConfig: { path: string; exists: boolean }
}

export function chooseUpdateFeed(probe: FeedProbe): UpdateFeed {
  if (!probe.packaged) return { kind: 'off', reason: 'geen geïnstalleerde versie (ontwikkeling)' }
  const url = probe.envUrl?.trim()
  if (url) {
    return isHttpUrl(url) ? { kind: 'url', url } : { kind: 'off', reason: `LOCATIEDESK_UPDATE_URL is geen http(s)-adres: ${url}` }
  }
  if (probe.builtInConfig.exists) return { kind: 'built-in', configPath: probe.builtInConfig.path }
  return { kind: 'off', reason: 'geen update-feed: LOCATIEDESK_UPDATE_URL niet gezet en geen app-update.yml' }
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
