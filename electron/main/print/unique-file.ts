// Writes a file under a name not yet taken in its folder ("Noodlijst.pdf", then "Noodlijst (2).pdf",
// …): a printout never overwrites an earlier one, which staff may still need. The exclusive create
// ('wx') makes two prints at the same moment take two names instead of racing for one.
import { mkdir, unlink, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'

const MAX_TRIES = 1000

export async function writeUniqueFile(directory: string, fileName: string, bytes: Uint8Array): Promise<string> {
  await mkdir(directory, { recursive: true })
  const extension = extname(fileName)
  const base = fileName.slice(0, fileName.length - extension.length)
  for (let n = 1; n <= MAX_TRIES; n++) {
    const path = join(directory, n === 1 ? fileName : `${base} (${n})${extension}`)
    try {
      // Readable by this OS user only: a list names children, a Noodlijst has phone numbers and allergies.
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 })
      return path
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') continue
      // Half a PDF is worse than none: remove what was written before the failure (disk full).
      if (code !== undefined) await unlink(path).catch(() => {})
      throw error
    }
  }
  throw new Error(`geen vrije bestandsnaam voor ${fileName} in ${directory}`)
}
