// Merging a code into another: a fuzzy picker for the target and, before anything changes, how many codings
// move over and how many exact duplicates collapse (a dry run of the same pure merge the store performs), and that
// the merged code's definition and criteria are kept in the target's.
import { useMemo, useState } from 'react';
import { descendantIds, indexCodes, mergeCodes } from '../../shared/codebook/index.ts';
import { MERGED_TEXT_FIELDS } from '../../shared/codebook/mergedCodeTexts.ts';
import type { Code, Id } from '../../shared/model/index.ts';
import { createCodeSearch, pickableCodes } from '../coding/codeMatcher.ts';
import { Modal } from '../components/Modal.tsx';
import type { CodingStore } from '../data/codingStore.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { codeErrorMessage } from './codeErrors.ts';
import { countLabel } from './countLabel.ts';

type Props = { store: CodingStore; code: Code; onCancel: () => void; onMerge: (targetId: Id) => Promise<void> };

const MAX_CANDIDATES = 30;

export const MergeDialog = ({ store, code, onCancel, onMerge }: Props) => {
  const { t } = useTranslation();
  const snapshot = store.getSnapshot();
  const tree = store.getCodeTree();
  const [query, setQuery] = useState('');
  const [targetId, setTargetId] = useState<Id | null>(null);
  const [busy, setBusy] = useState(false);

  const candidates = useMemo(() => {
    const excluded = descendantIds(snapshot.codes, code.id);
    excluded.add(code.id);
    return pickableCodes(tree).filter((candidate) => !excluded.has(candidate.id));
  }, [snapshot, tree, code.id]);
  const search = useMemo(() => createCodeSearch(candidates), [candidates]);
  const shown = useMemo(() => search(query, MAX_CANDIDATES), [search, query]);
  const byId = useMemo(() => indexCodes(snapshot.codes), [snapshot]);
  const target = targetId === null ? undefined : byId.get(targetId);

  const preview = useMemo(() => {
    if (target === undefined) return null;
    try {
      const { report } = mergeCodes(snapshot, code.id, target.id);
      return { report, error: null };
    } catch (error) {
      return { report: null, error: codeErrorMessage(error) };
    }
  }, [snapshot, code.id, target]);
  const subCodes = useMemo(() => descendantIds(snapshot.codes, code.id).size, [snapshot, code.id]);

  const moveActive = (step: number) => {
    if (shown.length === 0) return;
    const at = shown.findIndex((candidate) => candidate.id === targetId);
    const next = at === -1 ? (step > 0 ? 0 : shown.length - 1) : (at + step + shown.length) % shown.length;
    setTargetId(shown[next].id);
  };

  const confirm = async () => {
    if (target === undefined || preview?.report == null) return;
    setBusy(true);
    try {
      await onMerge(target.id);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('codes.merge.title', { name: code.name })}
      onDismiss={busy ? undefined : onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('app.action.cancel')}
          </button>
          <button type="button" className="button primary" disabled={busy || preview?.report == null} onClick={() => void confirm()}>
            {t('codes.merge.confirm')}
          </button>
        </>
      }
    >
      <label className="field-label" htmlFor="merge-target-query">
        {t('codes.merge.pickLabel')}
      </label>
      <input
        id="merge-target-query"
        type="text"
        className="wide-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="merge-target-list"
        aria-autocomplete="list"
        aria-activedescendant={targetId === null ? undefined : `merge-option-${targetId}`}
        placeholder={t('codes.merge.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setTargetId(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            moveActive(event.key === 'ArrowDown' ? 1 : -1);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (targetId === null && shown.length > 0) setTargetId(shown[0].id);
            else void confirm();
          }
        }}
      />
      <ul id="merge-target-list" className="picker-list" role="listbox" aria-label={t('codes.merge.candidates')}>
        {shown.map((candidate) => (
          <li
            key={candidate.id}
            id={`merge-option-${candidate.id}`}
            role="option"
            aria-selected={candidate.id === targetId}
            aria-label={candidate.name}
            className={candidate.id === targetId ? 'active' : undefined}
            onClick={() => setTargetId(candidate.id)}
          >
            <span className="code-swatch" style={{ background: candidate.color }} aria-hidden="true" />
            <span className="picker-path">{candidate.path}</span>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">{t('codes.merge.noCandidates')}</li>}
      </ul>
      <p className="merge-preview" role="status">
        {preview === null && t('codes.merge.choose')}
        {preview?.error}
        {preview?.report != null &&
          target !== undefined &&
          t('codes.merge.preview', {
            moved: countLabel('coding', preview.report.movedCodingCount),
            collapsed: countLabel('duplicate', preview.report.collapsedCodingCount),
            subCodes: countLabel('subCode', subCodes),
            target: target.name,
            name: code.name,
          })}
        {preview?.report != null && target !== undefined && MERGED_TEXT_FIELDS.some((field) => code[field].trim() !== '') &&
          ` ${t('codes.merge.keepsTexts', { target: target.name })}`}
      </p>
    </Modal>
  );
};
