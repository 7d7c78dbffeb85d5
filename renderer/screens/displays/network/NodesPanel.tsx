// The nodes of a network: add a code, an informant, a role or a free node (an actor or outcome with no code), and
// remove one with its relations (undo from the toast brings both back).
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Informant, NetworkDisplayDefinition, NetworkNode, Project } from '../../../../shared/model/index.ts';
import type { CodingSnapshot } from '../../../../shared/codebook/index.ts';
import { codePath, flattenCodeTree, buildCodeTree, indexCodes } from '../../../../shared/codebook/codeTree.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';

/** `label`: as offered (a code's path); `name`: as the node shows it (the code's own name). */
export type NodeChoice = { refId: string; label: string; name: string };
type Kind = NetworkNode['kind'];
const KINDS: readonly Kind[] = ['code', 'informant', 'role', 'free'];

type Props = {
  definition: NetworkDisplayDefinition;
  snapshot: CodingSnapshot;
  informants: readonly Informant[];
  project: Project | undefined;
  onAdd: (node: { kind: Kind; refId: string | null; label: string }) => Promise<boolean>;
  onRemove: (node: NetworkNode) => void;
};

/** What may still be added of each kind: codes in tree order by path, informants by pseudonym, roles by name. */
const useChoices = (definition: NetworkDisplayDefinition, snapshot: CodingSnapshot, informants: readonly Informant[], project: Project | undefined) =>
  useMemo(() => {
    const taken = new Set(definition.nodes.map((node) => `${node.kind}:${node.refId ?? ''}`));
    const byId = indexCodes(snapshot.codes);
    const codes = flattenCodeTree(buildCodeTree(snapshot.codes, new Map())).map((node) => ({ refId: node.code.id, label: codePath(byId, node.code.id), name: node.code.name }));
    const people = [...informants].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym)).map((informant) => ({ refId: informant.id, label: informant.pseudonym, name: informant.pseudonym }));
    const roles = [...new Set([...(project?.settings.rolePresets ?? []), ...informants.map((informant) => informant.role)])]
      .filter((role) => role.trim() !== '').map((role) => ({ refId: role, label: role, name: role }));
    const free = (kind: Kind, list: NodeChoice[]) => list.filter((choice) => !taken.has(`${kind}:${choice.refId}`));
    return { code: free('code', codes), informant: free('informant', people), role: free('role', roles) };
  }, [definition.nodes, snapshot.codes, informants, project]);

export const NodesPanel = ({ definition, snapshot, informants, project, onAdd, onRemove }: Props) => {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('code');
  const [refId, setRefId] = useState('');
  const [freeLabel, setFreeLabel] = useState('');
  const choices = useChoices(definition, snapshot, informants, project);
  const ids = { kind: useId(), choice: useId() };
  const options = kind === 'free' ? [] : choices[kind];
  const chosen = options.find((choice) => choice.refId === refId);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const added = kind === 'free'
      ? await onAdd({ kind, refId: null, label: freeLabel })
      : chosen !== undefined && (await onAdd({ kind, refId: chosen.refId, label: chosen.name }));
    // Cleared only if still what was added: the user may have chosen the next one while this was written.
    if (added) {
      const addedRef = refId;
      const addedLabel = freeLabel;
      setRefId((current) => (current === addedRef ? '' : current));
      setFreeLabel((current) => (current === addedLabel ? '' : current));
    }
  };

  return (
    <section className="network-panel" aria-labelledby="network-nodes-heading">
      <h2 id="network-nodes-heading" className="panel-title">{t('network.nodes.heading')}</h2>
      <form className="network-add-node" onSubmit={(event) => void submit(event)}>
        <div className="network-field">
          <label htmlFor={ids.kind}>{t('network.nodes.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(event) => { setKind(KINDS.find((k) => k === event.target.value) ?? 'code'); setRefId(''); }}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`network.node.kind.${k}`)}</option>)}
          </select>
        </div>
        {kind === 'free' ? (
          <div className="network-field">
            <label htmlFor={ids.choice}>{t('network.nodes.freeLabel')}</label>
            <input id={ids.choice} type="text" value={freeLabel} onChange={(event) => setFreeLabel(event.target.value)} />
          </div>
        ) : (
          <div className="network-field">
            <label htmlFor={ids.choice}>{t(`network.nodes.${kind}`)}</label>
            <select id={ids.choice} value={refId} onChange={(event) => setRefId(event.target.value)}>
              <option value="">{t('network.nodes.choose')}</option>
              {options.map((choice) => <option key={choice.refId} value={choice.refId}>{choice.label}</option>)}
            </select>
          </div>
        )}
        <button type="submit" className="button" disabled={kind === 'free' ? freeLabel.trim() === '' : chosen === undefined}>
          {t('network.nodes.add')}
        </button>
      </form>
      {definition.nodes.length > 0 && (
        <ul className="network-node-list">
          {definition.nodes.map((node) => (
            <li key={node.id}>
              <span className={`network-kind network-kind-${node.kind}`}>{t(`network.node.kind.${node.kind}`)}</span>
              <span className="network-node-name">{node.label}</span>
              <button type="button" className="button small link" aria-label={t('network.node.remove', { label: node.label })} onClick={() => onRemove(node)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
