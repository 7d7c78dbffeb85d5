import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupFileName, parseBackupFileName } from '../../../../shared/backup/backupFileName.ts';

const savedAt = new Date(Date.UTC(2026, 11, 7, 14, 32, 5, 123));

describe('backupFileName', () => {
  it('names a backup by project id, UTC time and name', () => {
    expect(backupFileName('3f2a', 'Pilot study', savedAt)).toBe('3f2a_20261207T143205123Z_Pilot%20study.caseweave');
  });

  it('escapes what a file system or the separator would trip on', () => {
    const name = backupFileName('a_b', 'Kendang: Blitar/Sentul_2026*?', savedAt);
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(name.split('_')).toHaveLength(3);
  });

  it('keeps the first 60 characters of a long name without splitting a character', () => {
    const long = `${'é'.repeat(59)}🥁🥁`;
    const parsed = parseBackupFileName(backupFileName('p1', long, savedAt));
    expect(parsed?.projectName).toBe(`${'é'.repeat(59)}🥁`);
  });

  it('names a project whose name holds a lone surrogate', () => {
    expect(parseBackupFileName(backupFileName('p1', 'Pilot \uD83E', savedAt))?.projectName).toBe('Pilot \uFFFD');
  });

  it('reads back what it wrote, for any id and name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 4102444800000 }), (projectId, projectName, time) => {
        const at = new Date(time);
        const parsed = parseBackupFileName(backupFileName(projectId, projectName, at));
        expect(parsed).toMatchObject({ projectId, projectName: [...projectName.trim()].slice(0, 60).join(''), savedAt: at.toISOString() });
      }),
    );
  });
});

describe('parseBackupFileName', () => {
  it('reads the parts of a name', () => {
    expect(parseBackupFileName('3f2a_20261207T143205123Z_Pilot%20study.caseweave')).toEqual({
      fileName: '3f2a_20261207T143205123Z_Pilot%20study.caseweave',
      projectId: '3f2a',
      projectName: 'Pilot study',
      savedAt: '2026-12-07T14:32:05.123Z',
    });
  });

  it.each([
    ['another extension', '3f2a_20261207T143205123Z_Pilot.zip'],
    ['a missing part', '3f2a_20261207T143205123Z.caseweave'],
    ['an extra part', '3f2a_20261207T143205123Z_Pilot_x.caseweave'],
    ['no project id', '_20261207T143205123Z_Pilot.caseweave'],
    ['a time that is not one', '3f2a_2026-12-07_Pilot.caseweave'],
    ['a day that does not exist', '3f2a_20260231T143205123Z_Pilot.caseweave'],
    ['a broken escape', '3f2a_20261207T143205123Z_Pilot%E0.caseweave'],
    ['a partial write', '3f2a_20261207T143205123Z_Pilot.caseweave.crswap'],
  ])('refuses %s', (_, fileName) => {
    expect(parseBackupFileName(fileName)).toBeNull();
  });
});
