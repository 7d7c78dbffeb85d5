// The Report screen's choices: moving, renaming and including sections, and reading back what was remembered — every
// section exactly once whatever was stored, values out of range or damaged replaced by the defaults.
import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from '../../../../../shared/report/reportDocument.ts';
import {
  defaultReportChoices, includeSection, moveSection, readReportChoices, renameSection,
} from '../../../../../renderer/screens/report/reportChoices.ts';

const sections = defaultReportChoices('en').options.sections;

describe('section edits', () => {
  it('moves a section one place, and not past either end', () => {
    expect(moveSection(sections, 'method', -1).map((section) => section.id).slice(0, 4)).toEqual(['title', 'questions', 'method', 'context']);
    expect(moveSection(sections, 'title', -1)).toEqual(sections);
    // The title page stays first: it does not move down, and nothing moves above it.
    expect(moveSection(sections, 'title', 1)).toEqual(sections);
    expect(moveSection(sections, 'questions', -1)).toEqual(sections);
    expect(moveSection(sections, 'appendices', 1)).toEqual(sections);
  });

  it('keeps a rename, and takes a blank or default title as no rename', () => {
    expect(renameSection(sections, 'findings', 'What we found', 'Findings').find((section) => section.id === 'findings')?.title).toBe('What we found');
    expect(renameSection(sections, 'findings', '  ', 'Findings').find((section) => section.id === 'findings')?.title).toBeNull();
    expect(renameSection(sections, 'findings', 'Findings', 'Findings').find((section) => section.id === 'findings')?.title).toBeNull();
  });

  it('includes and leaves out one section', () => {
    const without = includeSection(sections, 'appendices', false);
    expect(without.filter((section) => !section.included).map((section) => section.id)).toEqual(['appendices']);
  });
});

describe('readReportChoices', () => {
  it('reads back what was stored', () => {
    const stored = { ...defaultReportChoices('en'), format: 'pdf' as const };
    stored.options = { ...stored.options, quotesPerConclusion: 5, language: 'id', pseudonymise: false, includeExcerpts: false, sections: moveSection(includeSection(sections, 'model', false), 'model', -1) };
    expect(readReportChoices(JSON.stringify(stored), 'en')).toEqual(stored);
  });

  it('starts from the defaults in the app\'s language when nothing or nonsense is stored', () => {
    expect(readReportChoices(undefined, 'id')).toEqual(defaultReportChoices('id'));
    expect(readReportChoices('{not json', 'en')).toEqual(defaultReportChoices('en'));
    expect(readReportChoices(JSON.stringify([1, 2]), 'en')).toEqual(defaultReportChoices('en'));
  });

  it('keeps every section once: unknown and repeated ones dropped, missing ones added at the end', () => {
    const stored = { options: { sections: [{ id: 'findings', included: false, title: 'Hasil' }, { id: 'findings', included: true, title: null }, { id: 'bogus' }, 'x'] }, format: 'rtf' };
    const read = readReportChoices(JSON.stringify(stored), 'en');
    expect(read.options.sections[0]).toEqual({ id: 'findings', included: false, title: 'Hasil' });
    expect(read.options.sections.map((section) => section.id).sort()).toEqual([...REPORT_SECTION_IDS].sort());
    expect(read.format).toBe('html');
  });

  it('clamps the quotes to 2–5 and ignores values of the wrong type', () => {
    expect(readReportChoices(JSON.stringify({ options: { quotesPerConclusion: 9 } }), 'en').options.quotesPerConclusion).toBe(5);
    expect(readReportChoices(JSON.stringify({ options: { quotesPerConclusion: 1 } }), 'en').options.quotesPerConclusion).toBe(2);
    const wrong = readReportChoices(JSON.stringify({ options: { quotesPerConclusion: '4', language: 'fr', pseudonymise: 'yes' } }), 'en').options;
    expect(wrong).toMatchObject({ quotesPerConclusion: 3, language: 'en', pseudonymise: true });
  });
});
