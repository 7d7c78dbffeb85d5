// The code tree's editing commands (manage mode): create, rename, keyboard-accessible moves, merge and delete,
// plus the inline name field for a new code.
import { useState } from 'react';
import type { Code } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { KeyboardMove } from './codeTreeView.ts';

export type NewCodeTarget = { parent: Code | null };

type Props = {
  selected: Code | null;
  canMove: (move: KeyboardMove) => boolean;
  creating: NewCodeTarget | null;
  onStartCreate: (target: NewCodeTarget) => void;
  onCreate: (name: string) => Promise<boolean>;
  onCancelCreate: () => void;
  onRename: () => void;
  onRecolor: () => void;
  onMove: (move: KeyboardMove) => void;
  onMerge: () => void;
  onDelete: () => void;
};

export const CodeTreeToolbar = (props: Props) => {
  const { t } = useTranslation();
  const { selected, canMove } = props;
  const moveButton = (move: KeyboardMove, label: string, shortcut: string) => (
    <button
      type="button"
      className="button small"
      disabled={selected === null || !canMove(move)}
      aria-keyshortcuts={shortcut}
      onClick={() => props.onMove(move)}
    >
      {label}
    </button>
  );
  return (
    <div className="code-toolbar">
      <div className="code-toolbar-row" role="toolbar" aria-label={t('codes.actions.label')}>
        <button type="button" className="button small primary" onClick={() => props.onStartCreate({ parent: null })}>
          {t('codes.new.top')}
        </button>
        <button type="button" className="button small" disabled={selected === null} onClick={() => props.onStartCreate({ parent: selected })}>
          {t('codes.new.child')}
        </button>
        <button type="button" className="button small" disabled={selected === null} aria-keyshortcuts="F2" onClick={props.onRename}>
          {t('codes.rename')}
        </button>
        <button type="button" className="button small" disabled={selected === null} onClick={props.onRecolor}>
          {t('codes.recolor')}
        </button>
        {moveButton('up', t('codes.moveUp'), 'Alt+ArrowUp')}
        {moveButton('down', t('codes.moveDown'), 'Alt+ArrowDown')}
        {moveButton('indent', t('codes.indent'), 'Alt+ArrowRight')}
        {moveButton('outdent', t('codes.outdent'), 'Alt+ArrowLeft')}
        <button type="button" className="button small" disabled={selected === null} onClick={props.onMerge}>
          {t('codes.merge')}
        </button>
        <button type="button" className="button small danger-outline" disabled={selected === null} aria-keyshortcuts="Delete" onClick={props.onDelete}>
          {t('codes.delete')}
        </button>
      </div>
      {props.creating !== null && (
        <NewCodeField
          key={props.creating.parent?.id ?? 'top'}
          label={
            props.creating.parent === null ? t('codes.new.topLabel') : t('codes.new.childLabel', { parent: props.creating.parent.name })
          }
          onCreate={props.onCreate}
          onCancel={props.onCancelCreate}
        />
      )}
    </div>
  );
};

type FieldProps = { label: string; onCreate: (name: string) => Promise<boolean>; onCancel: () => void };

const NewCodeField = ({ label, onCreate, onCancel }: FieldProps) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <form
      className="new-code-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onCreate(name).then((created) => {
          if (created) setName('');
        });
      }}
    >
      <input
        type="text"
        aria-label={label}
        placeholder={label}
        value={name}
        autoFocus
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button small primary" disabled={name.trim() === ''}>
        {t('codes.new.create')}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        {t('app.action.cancel')}
      </button>
    </form>
  );
};
