// `Gelezen`: a notice update that replicates like any other (the server accepts notices carrying the
// pushing PC's own deviceId), so the notice is read on this PC after a restart too.
import type { RxCollection } from 'rxdb'
import type { Notice } from '../../../../shared/domain'

export async function markNoticeRead(notices: RxCollection<Notice>, id: string, at: Date): Promise<void> {
  const doc = await notices.findOne(id).exec()
  if (!doc || doc.readAt) return
  await doc.incrementalPatch({ readAt: at.toISOString() })
}
