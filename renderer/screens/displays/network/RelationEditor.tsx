// The relation editor: from, to, type (or a new type), direction, sign, note, and the evidence: codings of the two
// end codes (their sub-codes included) and memos. Opens for a new relation or an existing one.
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { Coding, Id, Memo, NetworkDisplayDefinition, Project, Relation, RelationSign } from '../../../../shared/model/index.ts';
import type { CodingSnapshot } from '../../../../shared/codebook/index.ts';
import { subtreeIds } from '../../../../shared/codebook/codeTree.ts';
import { relationTypeChoices } from '../../../../shared/network/relationTypes.ts';
import type { RelationInput } from '../../../data/relations.ts';
import { Modal } from '../../../components/Modal.tsx';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useEvidenceQuotes } from './useEvidenceQuotes.ts';

type Props = {
  definition: NetworkDisplayDefinition;
  /** The relation edited, or the start of a new one. */
  relation: Relation | Partial<RelationInput>;
  project: Project | undefined;
  snapshot: CodingSnapshot;
  memos: readonly Memo[];
  onSave: (input: RelationInput) => Promise<boolean>;
  onAddType: (name: string) => Promise<boolean>;
  onCancel: () => void;
};

const SIGNS: readonly { value: string; sign: RelationSign; key: 'network.relation.sign.none' | 'network.relation.sign.positive' | 'network.relation.sign.negative' }[] = [
  { value: '', sign: null, key: 'network.relation.sign.none' },
  { value: '+', sign: '+', key: 'network.relation.sign.positive' },
  { value: '-', sign: '-', key: 'network.relation.sign.negative' },
];

/** A labelled control whose accessible name is its label alone (a wrapping label would add the control's value). */
const Field = ({ label, children }: { label: string; children: (id: string) => ReactNode }) => {
  const id = useId();
  return (
    <div className="network-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
};

const toggled = (set: ReadonlySet<Id>, id: Id, on: boolean): Set<Id> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** Codings of the code nodes among the two ends, sub-codes included, in source and text order; chosen ones always. */
const candidateCodings = (definition: NetworkDisplayDefinition, ends: readonly Id[], snapshot: CodingSnapshot, chosen: ReadonlySet<Id>): Coding[] => {
  const codeIds = new Set<Id>();
  for (const node of definition.nodes) {
    if (ends.includes(node.id) && node.kind === 'code' && node.refId !== null) for (const id of subtreeIds(snapshot.codes, node.refId)) codeIds.add(id);
  }
  return snapshot.codings
    .filter((coding) => codeIds.has(coding.codeId) || chosen.has(coding.id))
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start);
};

export const RelationEditor = ({ definition, relation, project, snapshot, memos, onSave, onAddType, onCancel }: Props) => {
  const { t } = useTranslation();
  const first = definition.nodes[0]?.id ?? '';
  const [from, setFrom] = useState(relation.fromNodeId ?? first);
  const [to, setTo] = useState(relation.toNodeId ?? definition.nodes[1]?.id ?? first);
  const [type, setType] = useState(relation.type ?? 'connects-to');
  const [directed, setDirected] = useState(relation.directed ?? true);
  const [sign, setSign] = useState<RelationSign>(relation.sign ?? null);
  const [note, setNote] = useState(relation.note ?? '');
  const [codingIds, setCodingIds] = useState<ReadonlySet<Id>>(new Set(relation.evidence?.codingIds ?? []));
  const [memoIds, setMemoIds] = useState<ReadonlySet<Id>>(new Set(relation.evidence?.memoIds ?? []));
  const [newType, setNewType] = useState('');
  const [saving, setSaving] = useState(false);
  const types = relationTypeChoices(project);
  const candidates = useMemo(() => candidateCodings(definition, [from, to], snapshot, codingIds), [definition, from, to, snapshot, codingIds]);
  const quotes = useEvidenceQuotes(candidates);
  const codeNames = useMemo(() => new Map(snapshot.codes.map((code) => [code.id, code.name])), [snapshot.codes]);
  const editing = 'id' in relation;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    const saved = await onSave({ fromNodeId: from, toNodeId: to, type, directed, sign, note, evidence: { codingIds: [...codingIds], memoIds: [...memoIds] } });
    if (!saved) setSaving(false);
  };

  const addType = async (): Promise<void> => {
    const name = newType.trim();
    if (name === '') return;
    await onAddType(name);
    const existing = relationTypeChoices(project).find((choice) => choice.label.toLocaleLowerCase() === name.toLocaleLowerCase());
    setType(existing?.id ?? name);
    setNewType('');
  };

  const nodeOptions = definition.nodes.map((node) => <option key={node.id} value={node.id}>{node.label}</option>);
  const formId = 'network-relation-form';
  return (
    <Modal
      title={t(editing ? 'network.relation.editorEdit' : 'network.relation.editorNew')}
      onDismiss={onCancel}
      wide
      footer={(
        <>
          <button type="button" className="button" onClick={onCancel}>{t('network.relation.cancel')}</button>
          <button type="submit" form={formId} className="button primary" disabled={saving || from === '' || to === ''}>{t('network.relation.save')}</button>
        </>
      )}
    >
      <form id={formId} className="network-relation-form" onSubmit={(event) => void submit(event)}>
        <div className="network-relation-ends">
          <Field label={t('network.relation.from')}>{(id) => <select id={id} value={from} onChange={(event) => setFrom(event.target.value)}>{nodeOptions}</select>}</Field>
          <Field label={t('network.relation.to')}>{(id) => <select id={id} value={to} onChange={(event) => setTo(event.target.value)}>{nodeOptions}</select>}</Field>
        </div>
        <div className="network-relation-kind">
          <Field label={t('network.relation.type')}>{(id) => (
            <select id={id} value={type} onChange={(event) => setType(event.target.value)}>
              {types.map((choice) => <option key={choice.id} value={choice.id}>{choice.label}</option>)}
              {!types.some((choice) => choice.id === type) && <option value={type}>{type}</option>}
            </select>
          )}</Field>
          <Field label={t('network.relationTypes.name')}>{(id) => (
            <input id={id} type="text" value={newType} onChange={(event) => setNewType(event.target.value)} onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void addType();
              }
            }} />
          )}</Field>
          <button type="button" className="button" disabled={newType.trim() === ''} onClick={() => void addType()}>{t('network.relationTypes.add')}</button>
        </div>
        <div className="network-relation-kind">
          <label className="checkbox"><input type="checkbox" checked={directed} onChange={(event) => setDirected(event.target.checked)} />{t('network.relation.directed')}</label>
          <Field label={t('network.relation.sign')}>{(id) => (
            <select id={id} value={sign ?? ''} onChange={(event) => setSign(SIGNS.find((choice) => choice.value === event.target.value)?.sign ?? null)}>
              {SIGNS.map((choice) => <option key={choice.value} value={choice.value}>{t(choice.key)}</option>)}
            </select>
          )}</Field>
        </div>
        <Field label={t('network.relation.note')}>{(id) => <textarea id={id} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}</Field>
        <fieldset className="network-evidence">
          <legend>{t('network.relation.evidenceCodings')}</legend>
          {candidates.length === 0 ? <p className="muted small">{t('network.relation.noCodings')}</p> : (
            <ul>
              {candidates.map((coding) => {
                const quote = quotes.get(coding.id);
                return (
                  <li key={coding.id}>
                    <label className="checkbox">
                      <input type="checkbox" checked={codingIds.has(coding.id)} onChange={(event) => setCodingIds(toggled(codingIds, coding.id, event.target.checked))} />
                      <span>
                        <span className="network-evidence-quote">“{quote?.quote ?? '…'}”</span>
                        <span className="muted small"> {quote?.sourceTitle ?? ''} · {codeNames.get(coding.codeId) ?? ''}</span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        <fieldset className="network-evidence">
          <legend>{t('network.relation.evidenceMemos')}</legend>
          {memos.length === 0 ? <p className="muted small">{t('network.relation.noMemos')}</p> : (
            <ul>
              {memos.map((memo) => (
                <li key={memo.id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={memoIds.has(memo.id)} onChange={(event) => setMemoIds(toggled(memoIds, memo.id, event.target.checked))} />
                    <span>{memo.title || memo.plainText.slice(0, 80)}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </form>
    </Modal>
  );
};
