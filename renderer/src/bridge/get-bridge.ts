// One bridge per page: Electron's preload (window.locatiedesk) when present, otherwise the WebSocket
// to the PC host that served this page (`http://127.0.0.1:PORT/?token=…`, DESIGN §3).
import type { Bridge } from '../../../shared/api'
import { createWsBridge } from './ws-bridge'
import { BridgeFailure } from './bridge-failure'

declare global {
  interface Window {
    locatiedesk?: Bridge
  }
}

/** ws://<same host>/bridge?token=… from the page's own address; null when the page has no token. */
export function pcHostBridgeUrl(pageUrl: string): string | null {
  const page = new URL(pageUrl)
  const token = page.searchParams.get('token')
  if (!token) return null
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${page.host}/bridge?token=${encodeURIComponent(token)}`
}

let bridge: Bridge | null = null

export function getBridge(): Bridge {
  if (bridge) return bridge
  if (window.locatiedesk) {
    bridge = window.locatiedesk
    return bridge
  }
  const url = pcHostBridgeUrl(window.location.href)
  if (!url) throw new BridgeFailure({ code: 'bridge-missing', message: 'Geen verbinding met de app: open deze pagina via de PC-host (met ?token=).' })
  bridge = createWsBridge({ url })
  return bridge
}
