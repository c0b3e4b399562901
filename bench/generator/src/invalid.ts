import { CREDIT_CODE_CHARSET } from '@jiandu/contracts/codes';
import type { CaseRecordInput } from '@jiandu/contracts/exchange';
import type { Random } from './random.ts';

/*
 * Records broken the way real source systems break them — an impossible date, a mistyped check
 * character, a missing list, a fine without its amount, a version of 0 or below, a truncated hash —
 * so exchange tests see the rejections they must report.
 */

/** The ways a record is broken, named for test messages. */
export const BREAKAGES = [
  'bad-date',
  'bad-agency-code',
  'bad-party-code',
  'no-officers',
  'fine-without-amount',
  'bad-version',
  'bad-hash',
] as const;
export type Breakage = (typeof BREAKAGES)[number];

function otherChar(rng: Random, charset: string, current: string): string {
  const index = charset.indexOf(current);
  return charset[(index + rng.int(1, charset.length - 1)) % charset.length]!;
}

/** Breaks a valid record in place, one way drawn at random, and says which. */
export function breakRecord(rng: Random, record: CaseRecordInput): Breakage {
  const breakage = rng.pick(BREAKAGES);
  const events = record.events ?? [];
  const party = record.party;
  switch (breakage) {
    case 'bad-date': {
      const event = events[rng.int(0, events.length - 1)];
      const bad = rng.chance(0.5)
        ? `${rng.int(2020, 2030)}-13-0${rng.int(1, 9)}`
        : `${rng.int(2020, 2030)}-02-30`;
      if (event) event.at = bad;
      else record.violationEndedAt = bad;
      break;
    }
    case 'bad-agency-code': {
      const code = record.agencyCreditCode;
      record.agencyCreditCode = code.slice(0, 17) + otherChar(rng, CREDIT_CODE_CHARSET, code[17]!);
      break;
    }
    case 'bad-party-code':
      if (party?.type === 'person')
        party.idNumber = party.idNumber.slice(0, 17) + otherChar(rng, '0123456789X', party.idNumber[17]!);
      else if (party?.type === 'organization')
        party.creditCode =
          party.creditCode.slice(0, 17) + otherChar(rng, CREDIT_CODE_CHARSET, party.creditCode[17]!);
      else record.officers = [];
      break;
    case 'no-officers':
      record.officers = [];
      break;
    case 'fine-without-amount': {
      const fine = record.decision?.penalties?.find((p) => p.type === 'fine');
      if (fine) delete fine.amount;
      else record.decision = { penalties: [{ type: 'fine' }], circumstance: 'general' };
      break;
    }
    case 'bad-version':
      record.version = rng.chance(0.5) ? 0 : -rng.int(1, 3);
      break;
    case 'bad-hash': {
      const first = record.evidence?.[0];
      if (first) first.sha256 = first.sha256.slice(1);
      else record.version = 0;
      break;
    }
  }
  return breakage;
}
