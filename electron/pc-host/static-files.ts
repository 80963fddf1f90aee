// Serves the built renderer (out/renderer from `electron-vite build`) to the browser, with the same
// Content-Security-Policy as the Electron window and nothing outside that folder.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    // The page URL carries the bridge token: never pass it on as a referrer.
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

export function createStaticHandler(rendererDir: string, csp: string) {
  const root = resolve(rendererDir)
  const index = join(root, 'index.html')
  return async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const headers = securityHeaders(csp)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    } catch {
      response.writeHead(400, headers).end()
      return
    }
    let file = resolve(join(root, pathname))
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(404, headers).end()
      return
    }
    // Client-side routes (no file extension) get the app itself.
    if (!(await isFile(file))) file = extname(pathname) === '' ? index : ''
    if (!file || !(await isFile(file))) {
      const missing = file === index ? 'Renderer not built: run `npx electron-vite build` first.' : 'Not found'
      response.writeHead(file === index ? 503 : 404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(missing)
      return
    }
    response.writeHead(200, {
      ...headers,
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': file === index ? 'no-store' : 'no-cache',
    })
    if (request.method === 'HEAD') return void response.end()
    createReadStream(file).on('error', () => response.destroy()).pipe(response)
  }
}
