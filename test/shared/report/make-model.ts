// A hand-made ModelResult for makeEvent(): the Normal zone refused at min + lowmem_reserve, as the
// kernel model replays seed 000. Used until the model lands; real inputs go through analyzeCase.
import type { ModelResult, ZoneCheck } from '../../../shared/model/types'

function check(
  zone: string,
  pass: boolean,
  allowed: boolean,
  freeKb: number,
  watermarkKb: number,
  reserveKb: number,
): ZoneCheck {
  return {
    node: 0,
    zone,
    allowed,
    pass,
    marginKb: freeKb - watermarkKb - reserveKb,
    decidingTerm: !allowed ? 'not-allowed' : pass ? 'ok' : 'watermark',
    freeKb,
    usableFreeKb: freeKb,
    watermarkKb,
    reserveKb,
    watermarkName: 'min',
    note: '',
  }
}

/** The model for makeEvent(): DMA refused by its reserve, Normal below min, HighMem not allowed. */
export function makeModel(): ModelResult {
  return {
    inferredMinFreeKbytes: 3788,
    minFreeSource: 'default',
    watermarkScaleFactor: null,
    zones: [],
    gfp: null,
    allocation: {
      succeeds: false,
      zone: null,
      marginKb: -116,
      highestZone: 'Normal',
      cmaEligible: false,
      zones: [
        check('DMA', false, true, 3388, 64, 3356),
        check('Normal', false, true, 3556, 3672, 0),
        check('HighMem', false, false, 1155752, 512, 0),
      ],
    },
    predictedVictim: {
      pid: 1386,
      comm: 'python',
      points: 700,
      score: 2,
      totalPages: 523470,
      ranked: [
        { pid: 1386, comm: 'python', points: 700, score: 2 },
        { pid: 593, comm: 'python', points: 546, score: 1 },
        { pid: 412, comm: 'sshd', points: 300, score: 0 },
      ],
    },
  }
}
