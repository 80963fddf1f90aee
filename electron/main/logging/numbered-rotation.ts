// Log rotation with numbered archives: main.log → main.1.log → main.2.log … up to `keep`, the oldest
// dropped. electron-log's own rotation keeps a single main.old.log, too little to look back over a
// week of a location PC's problems.
import { renameSync, rmSync } from 'node:fs'
import { join, parse } from 'node:path'

export function archivePath(file: string, n: number): string {
  const { dir, name, ext } = parse(file)
  return join(dir, `${name}.${n}${ext}`)
}

/** Shifts the archives up by one and moves `file` to .1; never throws (a log must not stop the app). */
export function rotateNumbered(file: string, keep: number): void {
  try {
    rmSync(archivePath(file, keep), { force: true })
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(archivePath(file, n), archivePath(file, n + 1))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
    renameSync(file, archivePath(file, 1))
  } catch (error) {
    // Windows may hold the file open elsewhere: the transport starts the file over instead.
    process.stderr.write(`log rotation failed: ${error instanceof Error ? error.message : String(error)}\n`)
  }
}
