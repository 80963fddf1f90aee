// R5–R7: how many swap hours (`ruiluren`) an absence earns.
import type { CareType, ContractKind } from '../domain/enums'
import { reportedOnTime } from './accrual-deadline'
import { swapHourCaps } from './facts'
import { defaults } from './defaults'

/**
 * R6: the cap of a child's swap-hour balance for a care type. Qflexibel never earns (R7), so its
 * cap is 0. A BSO placement that is not `52-weken` gets the school-weeks cap, the lower one.
 */
export function swapHoursCap(careType: CareType, contract: ContractKind): number {
  if (contract === 'qflexibel') return 0
  if (careType === 'BSO') return contract === '52-weken' ? swapHourCaps.BSO['52-weken'] : swapHourCaps.BSO.schoolweken
  return swapHourCaps[careType]
}

export type SwapHoursEarnedInput = {
  careType: CareType
  contract: ContractKind
  date: string
  /** 'HH:mm': the group's start of care that day (BSO, R4). */
  careStart?: string
  /** Hours of the contracted day part(s) missed. */
  hours: number
  reportedAt: Date
  /** R5: the child was there and went home or was picked up during the day. */
  wentHome?: boolean
  /** The balance the cap is measured against: valid plus reserved credit of this care type. */
  balance: number
}

export function swapHoursEarned(a: SwapHoursEarnedInput): number {
  if (a.contract === 'qflexibel') return 0
  if (a.wentHome) return 0
  if (!(a.hours > 0)) return 0
  if (!reportedOnTime(a)) return 0
  const room = swapHoursCap(a.careType, a.contract) - Math.max(0, a.balance)
  if (room <= 0) return 0
  if (a.hours <= room) return a.hours
  return defaults.earnUpToCap ? room : 0
}
