// Shipped codebook templates, template validation, instantiation into codes and saving a code tree as a template.
import { describe, expect, it } from 'vitest';
import { buildCodeTree, codePath, createCode, DISTINCT_COLOR_DIFFERENCE, indexCodes, mergeCodes, type CodingSnapshot } from '../../../../shared/codebook/index.ts';
import { colorDifference } from '../../../../shared/codebook/colorSpace.ts';
import {
  BUILT_IN_TEMPLATES,
  codeTreeToTemplate,
  DEFAULT_TEMPLATE_ID,
  ECOSYSTEM_ROLE_PRESETS,
  findBuiltInTemplate,
  instantiateTemplate,
  parseTemplateFile,
  serializeTemplate,
  templateIdFromName,
  validateTemplate,
  type CodebookTemplate,
  type TemplateCode,
} from '../../../../shared/templates/index.ts';

const allCodes = (codes: readonly TemplateCode[]): TemplateCode[] => codes.flatMap((code) => [code, ...allCodes(code.children ?? [])]);

let counter = 0;
const context = { now: '2026-02-03T04:05:06.000Z', newId: () => `id-${++counter}` };

describe('built-in templates', () => {
  it('ships three valid templates with distinct ids, the ecosystem one being the default', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.id)).toEqual([
      'ecosystem-internationalization',
      'sales-network-factors',
      'platform-regulation-msme-protection',
    ]);
    expect(DEFAULT_TEMPLATE_ID).toBe('ecosystem-internationalization');
    for (const template of BUILT_IN_TEMPLATES) {
      expect(validateTemplate(JSON.parse(serializeTemplate(template)), template.id)).toEqual({ ok: true, template });
      expect(template.rolePresets.length).toBeGreaterThan(0);
    }
  });

  it('fills definition, criteria and an example for every code', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      for (const code of allCodes(template.codes)) {
        for (const field of [code.definition, code.inclusionCriteria, code.exclusionCriteria, code.example]) {
          expect(field.trim().length, `${template.id} / ${code.name}`).toBeGreaterThan(20);
        }
      }
    }
  });

  it('gives the ecosystem template its four factors with model roles and the mechanisms as sub-codes', () => {
    const template = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
    if (template === undefined) throw new Error('default template missing');
    const roles = Object.fromEntries(template.codes.map((code) => [code.name, code.modelRole ?? null]));
    expect(roles).toMatchObject({
      'Business networks': 'entry point',
      'Global collaboration': 'value creator',
      Diaspora: 'market connector',
      'Business associations': 'capacity builder',
    });
    expect(template.codes.map((code) => code.name)).toEqual(
      expect.arrayContaining(['Synergy between factors', 'Internationalization outcomes', 'Challenges / negative evidence']),
    );
    const children = (name: string): string[] => template.codes.find((code) => code.name === name)?.children?.map((child) => child.name) ?? [];
    expect(children('Business networks')).toEqual(['Exporters and intermediaries', 'Arts communities', 'Overseas customers', 'Market information', 'Learning']);
    expect(children('Global collaboration')).toContain('Negotiation position');
    expect(children('Diaspora')).toEqual(['Promotion abroad', 'Market information', 'Cross-cultural communication']);
    expect(children('Business associations')).toContain('Limited export support');
    expect(template.rolePresets).toEqual([...ECOSYSTEM_ROLE_PRESETS.roles]);
  });
});

describe('instantiateTemplate', () => {
  it('creates codes with fresh ids, parents first, orders per level and colours', () => {
    const template = BUILT_IN_TEMPLATES[0];
    const codes = instantiateTemplate(template, 'project-1', context);
    expect(codes).toHaveLength(allCodes(template.codes).length);
    expect(new Set(codes.map((code) => code.id)).size).toBe(codes.length);
    const byId = indexCodes(codes);
    expect(codes.every((code) => code.projectId === 'project-1' && code.createdAt === context.now)).toBe(true);
    const exporters = codes.find((code) => code.name === 'Exporters and intermediaries');
    if (exporters === undefined || exporters.parentId === null) throw new Error('exporters not nested');
    expect(codePath(byId, exporters.id)).toBe('Business networks / Exporters and intermediaries');
    // A sub-code without a colour of its own takes a shade of its parent's: siblings and parent all told apart.
    const parentColor = byId.get(exporters.parentId)?.color ?? '';
    const family = [parentColor, ...codes.filter((code) => code.parentId === exporters.parentId).map((code) => code.color)];
    for (const [index, color] of family.entries()) {
      for (const other of family.slice(index + 1)) expect(colorDifference(color, other)).toBeGreaterThanOrEqual(DISTINCT_COLOR_DIFFERENCE);
    }
    expect(buildCodeTree(codes, []).map((node) => node.code.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Instantiating twice never reuses ids.
    const again = instantiateTemplate(template, 'project-2', context);
    expect(again.some((code) => byId.has(code.id))).toBe(false);
  });

  it('gives top-level codes without a colour distinct palette colours', () => {
    const bare: CodebookTemplate = {
      ...BUILT_IN_TEMPLATES[1],
      codes: BUILT_IN_TEMPLATES[1].codes.map(({ color: _color, ...rest }) => rest),
    };
    const colors = instantiateTemplate(bare, 'p', context).map((code) => code.color);
    expect(new Set(colors).size).toBe(colors.length);
  });
});

describe('codeTreeToTemplate', () => {
  it('round-trips a project code tree, including edits made after instantiation', () => {
    let snapshot: CodingSnapshot = { codes: instantiateTemplate(BUILT_IN_TEMPLATES[0], 'p', context), codings: [] };
    const root = snapshot.codes.find((code) => code.name === 'Diaspora');
    if (root === undefined) throw new Error('no diaspora code');
    snapshot = createCode(snapshot, { projectId: 'p', parentId: root.id, name: 'Remittances', definition: 'Money sent home.' }, context).snapshot;
    const info = snapshot.codes.filter((code) => code.name === 'Market information');
    snapshot = mergeCodes(snapshot, info[1].id, info[0].id, context).snapshot;
    const saved = codeTreeToTemplate(snapshot.codes, { name: 'Ecosystem — my version', description: 'Edited.', language: 'en', rolePresets: ['owner'] });
    expect(saved.id).toBe('ecosystem-my-version');
    const parsed = parseTemplateFile(new TextEncoder().encode(serializeTemplate(saved)), 'mine.json');
    expect(parsed.ok).toBe(true);
    const reborn = instantiateTemplate(saved, 'q', context);
    const names = (codes: typeof reborn) => codes.map((code) => codePath(indexCodes(codes), code.id)).sort();
    expect(names(reborn)).toEqual(names(snapshot.codes));
    expect(reborn.find((code) => code.name === 'Remittances')?.definition).toBe('Money sent home.');
  });

  it('derives a template id from a name', () => {
    expect(templateIdFromName('Pemasaran Daring (v2)!')).toBe('pemasaran-daring-v2');
    expect(templateIdFromName('Éco-système')).toBe('eco-systeme');
    expect(templateIdFromName('!!!')).toBe('codebook');
  });
});

describe('template file validation', () => {
  const minimal = {
    formatVersion: 1,
    id: 'tiny',
    name: 'Tiny',
    description: '',
    language: 'en',
    rolePresets: ['owner'],
    codes: [{ name: 'A', definition: '', inclusionCriteria: '', exclusionCriteria: '', example: '' }],
  };

  it('accepts a minimal template and a UTF-8 BOM', () => {
    expect(validateTemplate(minimal, 'tiny.json').ok).toBe(true);
    expect(parseTemplateFile(`\uFEFF${JSON.stringify(minimal)}`, 'tiny.json').ok).toBe(true);
  });

  it('names the file and each faulty field', () => {
    const broken = {
      ...minimal,
      id: 'Not A Slug',
      extra: true,
      rolePresets: ['owner', 'Owner '],
      codes: [
        { name: 'A', definition: '', inclusionCriteria: '', exclusionCriteria: '', example: '', color: 'blue', status: 'final' },
        { name: ' a', definition: 3, inclusionCriteria: '', exclusionCriteria: '', example: '', children: [{ name: '' }], childen: [] },
      ],
    };
    const result = validateTemplate(broken, 'broken.json');
    if (result.ok) throw new Error('expected errors');
    const text = result.errors.join('\n');
    expect(result.errors.every((error) => error.startsWith('broken.json'))).toBe(true);
    for (const fragment of [
      'id must be lower-case',
      'extra is not a field',
      'rolePresets[1] repeats the role',
      'codes[0].color "blue"',
      'codes[0].status must be',
      'codes[1].name repeats the name',
      'codes[1].definition is missing',
      'codes[1].children[0].name is missing',
      'codes[1].childen is not a field',
    ]) {
      expect(text).toContain(fragment);
    }
  });

  it('refuses non-JSON, wrong versions, empty code lists and oversized files', () => {
    const first = (result: ReturnType<typeof parseTemplateFile>): string => (result.ok ? '' : result.errors[0]);
    expect(first(parseTemplateFile('{ nope', 'x.json'))).toMatch(/^x\.json: the template is not valid JSON/);
    expect(first(parseTemplateFile(new Uint8Array([0xff, 0xfe, 0x00]), 'x.json'))).toMatch(/not UTF-8/);
    expect(first(parseTemplateFile(JSON.stringify({ ...minimal, formatVersion: 7 }), 'x.json'))).toMatch(/format version 7/);
    expect(first(parseTemplateFile(JSON.stringify({ ...minimal, codes: [] }), 'x.json'))).toMatch(/has no codes/);
    expect(first(parseTemplateFile('[]', 'x.json'))).toMatch(/must be a JSON object/);
    expect(first(parseTemplateFile(' '.repeat(3 * 1024 * 1024), 'big.json'))).toMatch(/too large/);
  });

  it('refuses a tree nested too deeply', () => {
    let code: Record<string, unknown> = { name: 'leaf', definition: '', inclusionCriteria: '', exclusionCriteria: '', example: '' };
    for (let depth = 0; depth < 12; depth += 1) code = { ...code, name: `level ${depth}`, children: [code] };
    const result = validateTemplate({ ...minimal, codes: [code] }, 'deep.json');
    expect(result.ok ? '' : result.errors.join()).toMatch(/nested deeper than 10 levels/);
  });

  it('reads the relation types a template declares, refusing a list that is not one of names', () => {
    const result = validateTemplate({ ...minimal, relationTypes: [' synergy ', 'co-produces'] }, 'types.json');
    expect(result.ok && result.template.relationTypes).toEqual(['synergy', 'co-produces']);
    const broken = validateTemplate({ ...minimal, relationTypes: ['synergy', ''] }, 'types.json');
    expect(broken.ok ? '' : broken.errors.join()).toMatch(/relationTypes\[1\]/);
    const plain = validateTemplate(minimal, 'tiny.json');
    expect(plain.ok && 'relationTypes' in plain.template).toBe(false);
  });
});
