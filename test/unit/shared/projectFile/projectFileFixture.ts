// Project snapshots for the project-file tests: a small sound project touching every table, and a large one of the
// size of the bench's reference project, built without randomness so runs compare.
import type { AuditEvent, Code, Coder, Coding, Informant, Memo, Project, Turn } from '../../../../shared/model/index.ts';
import { memoTargetKey, type MemoTarget } from '../../../../shared/model/index.ts';
import type { SourceRow, SourceTextRow } from '../../../../shared/project/tableRows.ts';
import type { ProjectFileMeta } from '../../../../shared/projectFile/projectFileFormat.ts';
import type { ProjectSnapshot } from '../../../../shared/projectFile/projectSnapshot.ts';
import { sha256Hex } from '../../../../shared/projectFile/entryHash.ts';

export const AT = '2025-03-01T09:00:00.000Z';
export const PROJECT_ID = 'project-1';
export const META: ProjectFileMeta = { appVersion: '0.1.0', schemaVersion: 3, savedAt: '2025-03-02T10:00:00.000Z' };
export const FILE = 'Study.caseweave';

export const coder = (id: string, name: string): Coder => ({ id, name, initials: name.slice(0, 2).toUpperCase(), createdAt: AT, updatedAt: AT });

export const projectRow = (id = PROJECT_ID): Project => ({
  id, name: 'Warung study', description: 'Small shops and their suppliers', researchQuestions: [{ id: 'rq1', text: 'How do owners choose suppliers?' }],
  templateId: null, settings: { reportLanguage: 'en', rolePresets: ['owner', 'supplier'], attributeDefinitions: [{ name: 'age', type: 'number' }] },
  createdAt: AT, updatedAt: AT, isExample: false,
});

export const informantRow = (id: string, pseudonym: string, projectId = PROJECT_ID): Informant => ({
  id, projectId, pseudonym, role: 'owner', attributes: { age: { type: 'number', value: 41 }, city: { type: 'text', value: 'Bandung' } },
  realName: null, createdAt: AT, updatedAt: AT,
});

/** A source whose text is its speakers' turns, one per line, "Speaker: words". */
export const sourceWithTurns = (id: string, turns: [string | null, string][], informantIds: string[] = [], speakerLinks: Record<string, string> = {}, projectId = PROJECT_ID): { source: SourceRow; text: SourceTextRow } => {
  let text = '';
  const ranges: Turn[] = [];
  for (const [speaker, words] of turns) {
    if (text !== '') text += '\n';
    if (speaker !== null) text += `${speaker}: `;
    ranges.push({ start: text.length, end: text.length + words.length, speaker, timestamp: null });
    text += words;
  }
  return {
    source: {
      id, projectId, kind: 'interview', title: `Interview ${id}`, informantIds, speakerLinks, date: '2025-02-01', language: 'en', format: 'txt',
      originalFileName: `${id}.txt`, sha256: '0'.repeat(64), byteSize: text.length, turns: ranges, importedAt: AT, updatedAt: AT,
      wordCount: text.split(/\s+/).length,
    },
    text: { sourceId: id, projectId, text },
  };
};

export const codeRow = (id: string, name: string, parentId: string | null, order = 0, projectId = PROJECT_ID): Code => ({
  id, projectId, parentId, order, name, color: '#3366aa', definition: `${name} defined`, inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft', createdAt: AT, updatedAt: AT,
});

export const codingRow = (id: string, sourceId: string, codeId: string, start: number, end: number, coderId = 'coder-ana', projectId = PROJECT_ID): Coding => ({
  id, projectId, sourceId, codeId, start, end, coderId, createdAt: AT,
});

export const memoRow = (id: string, target: MemoTarget, authorId = 'coder-ana', projectId = PROJECT_ID): Memo => ({
  id, projectId, target, targetKey: memoTargetKey(target), title: `Memo ${id}`, content: '{"root":{}}', plainText: `About ${id}`,
  authorId, createdAt: AT, updatedAt: AT,
});

export const auditRow = (id: number, action: string, objectId: string, actorId = 'coder-ana', projectId = PROJECT_ID): AuditEvent => ({
  id, projectId, at: AT, actorId, action, objectType: 'code', objectId, detail: action,
});

/**
 * A sound project: informants Dewi and Budi; s1 an interview with speakers linked to them, s2 a document; codes
 * supply > price, supply > trust > kin, and risk; codings by Ana and Budi-the-coder; memos on the project, a source,
 * a code and a coding; three audit events, numbered out of insertion order. The installation's third coder is
 * referred to by nothing.
 */
export const smallSnapshot = (): ProjectSnapshot => {
  const s1 = sourceWithTurns('s1', [['Interviewer', 'How do you pick suppliers?'], ['Dewi', 'Price first, then whoever my uncle trusts.'], ['Budi', 'I only buy from family.']], ['i-dewi', 'i-budi'], { Dewi: 'i-dewi', Budi: 'i-budi' });
  const s2 = sourceWithTurns('s2', [[null, 'Field notes: the market opens at five.']], ['i-dewi']);
  return {
    projectId: PROJECT_ID,
    tables: {
      projects: [projectRow()],
      informants: [informantRow('i-dewi', 'Dewi'), informantRow('i-budi', 'Budi')],
      sources: [s2.source, s1.source],
      sourceTexts: [s1.text, s2.text],
      codes: [codeRow('c-supply', 'Supply', null, 0), codeRow('c-price', 'Price', 'c-supply', 0), codeRow('c-trust', 'Trust', 'c-supply', 1), codeRow('c-kin', 'Kin', 'c-trust', 0), codeRow('c-risk', 'Risk', null, 1)],
      codings: [
        codingRow('g1', 's1', 'c-price', 41, 52),
        codingRow('g2', 's1', 'c-kin', 64, 82, 'coder-budi'),
        codingRow('g3', 's2', 'c-risk', 0, 11),
      ],
      memos: [
        memoRow('m-project', { kind: 'project' }),
        memoRow('m-s1', { kind: 'source', id: 's1' }),
        memoRow('m-kin', { kind: 'code', id: 'c-kin' }, 'coder-budi'),
        memoRow('m-g1', { kind: 'coding', id: 'g1' }),
      ],
      auditEvents: [auditRow(7, 'create', 'c-kin'), auditRow(3, 'create', 'c-supply'), auditRow(12, 'apply', 'g2', 'coder-citra')],
      coders: [coder('coder-ana', 'Ana'), coder('coder-budi', 'Budi'), coder('coder-citra', 'Citra'), coder('coder-unused', 'Unused')],
    },
  };
};

const WORDS = ['harga', 'pemasok', 'warung', 'keluarga', 'percaya', 'pasar', 'modal', 'utang', 'pelanggan', 'stok', 'murah', 'jarak'];

/** The bench's reference size: `sources` interviews of `words` words each, `codings` codings over 60 codes. */
export const largeSnapshot = (sources = 200, words = 12_000, codings = 40_000): ProjectSnapshot => {
  const built = Array.from({ length: sources }, (_, index) => {
    const turns: [string, string][] = [];
    for (let turn = 0; turn < words / 60; turn += 1) {
      turns.push([turn % 2 === 0 ? 'Interviewer' : 'Owner', Array.from({ length: 60 }, (_, word) => WORDS[(index * 7 + turn * 3 + word) % WORDS.length]).join(' ')]);
    }
    return sourceWithTurns(`source-${String(index).padStart(4, '0')}`, turns);
  });
  const codes = Array.from({ length: 60 }, (_, index) => codeRow(`code-${index}`, `Code ${index}`, index < 10 ? null : `code-${index % 10}`, index));
  const codingRows = Array.from({ length: codings }, (_, index) => {
    const { source, text } = built[index % sources];
    const start = (index * 37) % (text.text.length - 200);
    return codingRow(`coding-${index}`, source.id, codes[index % codes.length].id, start, start + 120);
  });
  return {
    projectId: PROJECT_ID,
    tables: {
      projects: [projectRow()], informants: [], sources: built.map(({ source }) => source), sourceTexts: built.map(({ text }) => text),
      codes, codings: codingRows, memos: [], auditEvents: [], coders: [coder('coder-ana', 'Ana')],
    },
  };
};

/** A table's rows as a set, to compare tables whatever their order. */
/**
 * `snapshot` keeping `bytes` as the original of `sourceId`, the source recording their SHA-256 and size as an import
 * of them would.
 */
export const withOriginal = async (snapshot: ProjectSnapshot, sourceId: string, fileName: string, bytes: Uint8Array): Promise<ProjectSnapshot> => {
  const sha256 = await sha256Hex(bytes);
  return {
    projectId: snapshot.projectId,
    tables: {
      ...snapshot.tables,
      sources: snapshot.tables.sources?.map((source) => (source.id === sourceId ? { ...source, sha256, byteSize: bytes.length } : source)),
      sourceOriginals: [...(snapshot.tables.sourceOriginals ?? []), { sourceId, projectId: snapshot.projectId, fileName, bytes }],
    },
  };
};

export const rowSet = (rows: readonly unknown[] | undefined): Set<unknown> => new Set(rows ?? []);
