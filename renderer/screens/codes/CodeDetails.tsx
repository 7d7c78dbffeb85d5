// The selected code's definition, inclusion and exclusion criteria, example, model role, status and counter-evidence
// mark, and its anchor example (AnchorExamples.tsx). Each field saves when it loses focus (the status and the mark when they change), as one undoable store action.
// Below: the code's history (renames, definition changes, merges into it).
import { useId, useMemo, useState } from 'react';
import { codePath, flattenCodeTree, indexCodes, type CodeDetails as CodeDetailFields } from '../../../shared/codebook/index.ts';
import type { Code, CodeStatus, Id } from '../../../shared/model/index.ts';
import { useCodingSnapshot, useCodeTree, useCodingStore } from '../../services/CodingStoreContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { MemoEditor } from '../../components/MemoEditor.tsx';
import { ObjectHistory } from '../../components/ObjectHistory.tsx';
import { codeErrorMessage } from '../../codeTree/codeErrors.ts';
import { countLabel } from '../../codeTree/countLabel.ts';
import { AnchorExamples } from './AnchorExamples.tsx';
import '../../styles/pseudonyms.css';

type TextField = 'definition' | 'inclusionCriteria' | 'exclusionCriteria' | 'example';

const TEXT_FIELDS: { field: TextField; label: MessageKey; rows: number }[] = [
  { field: 'definition', label: 'codes.details.definition', rows: 3 },
  { field: 'inclusionCriteria', label: 'codes.details.inclusion', rows: 3 },
  { field: 'exclusionCriteria', label: 'codes.details.exclusion', rows: 3 },
  { field: 'example', label: 'codes.details.example', rows: 2 },
];

type Props = { codeId: Id | null; roleSuggestions: readonly string[] };

export const CodeDetails = ({ codeId, roleSuggestions }: Props) => {
  const { t } = useTranslation();
  const store = useCodingStore();
  const { codes } = useCodingSnapshot();
  const tree = useCodeTree();
  const [error, setError] = useState<string | null>(null);
  const statusId = useId();
  const byId = useMemo(() => indexCodes(codes), [codes]);
  const node = useMemo(() => flattenCodeTree(tree).find((candidate) => candidate.code.id === codeId), [tree, codeId]);
  const code = codeId === null ? undefined : byId.get(codeId);

  const suggestions = useMemo(() => {
    const roles = new Map<string, string>();
    for (const role of [...roleSuggestions, ...codes.map((each) => each.modelRole ?? '')]) {
      if (role.trim() !== '') roles.set(role.trim().toLocaleLowerCase(), role.trim());
    }
    return [...roles.values()].sort((a, b) => a.localeCompare(b));
  }, [roleSuggestions, codes]);

  if (store === null || code === undefined) {
    return (
      <section className="code-details" aria-label={t('codes.details.title')}>
        <p className="muted">{t('codes.details.none')}</p>
      </section>
    );
  }

  const save = async (patch: Partial<CodeDetailFields>) => {
    try {
      await store.updateCodeDetails(code.id, patch);
      setError(null);
    } catch (caught) {
      setError(codeErrorMessage(caught));
    }
  };

  return (
    <section className="code-details" aria-labelledby="code-details-heading">
      <h2 id="code-details-heading" className="code-details-title">
        <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
        {code.name}
      </h2>
      <p className="muted small">
        {t('codes.details.path')}: {codePath(byId, code.id)}
        {node !== undefined && <> · {t('codes.details.counts', { own: countLabel('coding', node.ownCodingCount), total: node.totalCodingCount })}</>}
      </p>
      {error !== null && (
        <p className="code-tree-error" role="alert">
          {error}
        </p>
      )}
      {TEXT_FIELDS.map(({ field, label, rows }) => (
        <DetailText key={`${code.id}-${field}`} code={code} field={field} label={t(label)} rows={rows} onSave={(value) => save({ [field]: value })} />
      ))}
      <div className="details-row">
        <ModelRoleField key={code.id} code={code} suggestions={suggestions} onSave={(modelRole) => save({ modelRole })} />
        <div className="details-field">
          <label className="field-label" htmlFor={statusId}>
            {t('codes.details.status')}
          </label>
          <select id={statusId} value={code.status} onChange={(event) => void save({ status: event.currentTarget.value === 'stable' ? 'stable' : 'draft' })}>
            {(['draft', 'stable'] as const satisfies readonly CodeStatus[]).map((status) => (
              <option key={status} value={status}>
                {t(`codes.details.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="details-field">
          <span className="field-label">{t('codes.details.verification')}</span>
          <label className="checkbox-row" title={t('codes.details.counterEvidenceHint')}>
            <input type="checkbox" checked={code.counterEvidence === true} onChange={(event) => void save({ counterEvidence: event.currentTarget.checked })} />
            {t('codes.details.counterEvidence')}
          </label>
        </div>
      </div>
      <AnchorExamples code={code} />
      <div className="details-field code-memo" aria-label={t('codes.details.memo')} role="group">
        <span className="field-label">{t('codes.details.memo')}</span>
        <MemoEditor key={code.id} projectId={code.projectId} target={{ kind: 'code', id: code.id }} />
      </div>
      <ObjectHistory projectId={code.projectId} objectId={code.id} />
    </section>
  );
};

/** A draft exists only while the field has focus, so an undo elsewhere shows up at once. */
const useDraft = (stored: string) => {
  const [draft, setDraft] = useState<string | null>(null);
  return { value: draft ?? stored, begin: () => setDraft(stored), change: setDraft, end: () => setDraft(null), draft };
};

type TextProps = { code: Code; field: TextField; label: string; rows: number; onSave: (value: string) => Promise<void> };

const DetailText = ({ code, field, label, rows, onSave }: TextProps) => {
  const id = useId();
  const text = useDraft(code[field]);
  return (
    <div className="details-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={text.value}
        onFocus={text.begin}
        onChange={(event) => text.change(event.currentTarget.value)}
        onBlur={() => {
          const value = text.draft;
          text.end();
          if (value !== null && value !== code[field]) void onSave(value);
        }}
      />
    </div>
  );
};

type RoleProps = { code: Code; suggestions: readonly string[]; onSave: (role: string | null) => Promise<void> };

const ModelRoleField = ({ code, suggestions, onSave }: RoleProps) => {
  const { t } = useTranslation();
  const id = useId();
  const role = useDraft(code.modelRole ?? '');
  return (
    <div className="details-field">
      <label className="field-label" htmlFor={id}>
        {t('codes.details.modelRole')}
      </label>
      <input
        id={id}
        type="text"
        list={`${id}-roles`}
        placeholder={t('codes.details.modelRolePlaceholder')}
        title={t('codes.details.modelRoleHint')}
        value={role.value}
        onFocus={role.begin}
        onChange={(event) => role.change(event.currentTarget.value)}
        onBlur={() => {
          const value = role.draft;
          role.end();
          if (value !== null && value.trim() !== (code.modelRole ?? '')) void onSave(value.trim() === '' ? null : value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
      <datalist id={`${id}-roles`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </div>
  );
};
