// Every kind of object the audit trail records has a name of its own in the catalog (a table added to the registry
// without one would show its raw type, "memberCheck", on the timeline and in the filter), and the actions of the
// member-check repository read as words.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENTITY_REGISTRY } from '../../../../shared/project/entityRegistry.ts';
import { t } from '../../../../shared/i18n/translate.ts';
import { actionLabel, objectTypeLabel } from '../../../../renderer/i18n/auditLabels.ts';

const translator = { t };

describe('audit labels', () => {
  it('names every audited object type', () => {
    const types = Object.values(ENTITY_REGISTRY).flatMap((entry) => (entry.auditType === null ? [] : [entry.auditType]));
    expect(types).toContain('memberCheck');
    for (const type of types) expect(objectTypeLabel(type, translator), type).not.toBe(type);
  });

  it('words every action the member-check repository writes', async () => {
    const files = ['memberChecks.ts', 'memberCheckOutcomes.ts'];
    const sources = await Promise.all(files.map((file) => readFile(new URL(`../../../../renderer/data/${file}`, import.meta.url), 'utf8')));
    const actions = [...new Set(sources.flatMap((source) => [...source.matchAll(/action: '([a-z-]+)'/g)].map((match) => match[1])))];
    expect(actions.length).toBeGreaterThan(5);
    for (const action of actions) expect(actionLabel(action, translator), action).not.toBe(action.replace(/-/g, ' '));
  });
});
