// Which language a member-check packet is offered in, and the day it is dated: the informant's latest check decides
// (one not sent yet first, then the one sent last, then the one recorded last); without one, the caller's default.
import { describe, expect, it } from 'vitest';
import { packetDate, packetLanguage } from '../../../../shared/export/memberCheckPacket/packetOptions.ts';

type Check = Parameters<typeof packetLanguage>[0][number];
const check = (informantId: string, language: Check['language'], sentOn: string | null, createdAt = '2025-01-01T00:00:00.000Z'): Check =>
  ({ informantId, language, sentOn, createdAt });

describe('packetLanguage', () => {
  it.each([
    ['no check: the default', [], 'en', 'en'],
    ['another informant’s check does not count', [check('other', 'id', '2024-05-01')], 'en', 'en'],
    ['the one check', [check('rina', 'id', '2024-05-01')], 'en', 'id'],
    ['the one sent last', [check('rina', 'en', '2024-06-01'), check('rina', 'id', '2024-05-01')], 'id', 'en'],
    ['a check not sent yet before any sent one', [check('rina', 'en', '2024-06-01'), check('rina', 'id', null)], 'en', 'id'],
    ['on the same day, the one recorded last', [check('rina', 'id', '2024-06-01', '2025-02-01T00:00:00.000Z'), check('rina', 'en', '2024-06-01')], 'en', 'id'],
  ] as const)('%s', (_case, checks, fallback, expected) => {
    expect(packetLanguage(checks, 'rina', fallback)).toBe(expected);
  });
});

describe('packetDate', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(packetDate(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
