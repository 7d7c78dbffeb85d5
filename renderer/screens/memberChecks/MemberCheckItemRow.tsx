// One item returned to the informant: what it was (each thing named, with a link to it, or shown as gone), their
// response and the researcher's note of it, "Add as evidence to…" once they answered, and what changed because of
// it — the outcomes listed with links and a remove button, and the four ways of recording one. "Remove item" takes
// the item with its answer and outcomes, undone from the toast or the undo stack.
import { useEffect, useState } from 'react';
import { MEMBER_CHECK_RESPONSES, type Id, type MemberCheck, type MemberCheckItem, type MemberCheckResponse } from '../../../shared/model/index.ts';
import { AddEvidenceButton } from '../../components/AddEvidenceButton.tsx';
import { recordResponse, removeMemberCheckItem } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { asResponse, targetLines, targetTitle } from './memberCheckText.ts';
import { OutcomeActions } from './OutcomeActions.tsx';
import { OutcomeList } from './OutcomeList.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';

/** "No response" first: it is where every item starts, and the answers follow it in the model's order. */
const RESPONSE_OPTIONS: readonly MemberCheckResponse[] = ['none', ...MEMBER_CHECK_RESPONSES.filter((response) => response !== 'none')];

type Props = { projectId: Id; check: MemberCheck; item: MemberCheckItem; data: MemberCheckData; pseudonym: string; navigate: (route: Route) => void };

export const MemberCheckItemRow = ({ projectId, check, item, data, pseudonym, navigate }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const { runWrite, notify } = useToasts();
  const [comment, setComment] = useState(item.comment);
  useEffect(() => setComment(item.comment), [item.comment]);
  const lines = targetLines(item.target, data, t);
  const title = targetTitle(item.target, data, t);

  const saveComment = () => {
    if (comment.trim() !== item.comment) void runWrite(() => recordResponse(db, check.id, item.id, item.response, comment.trim(), undo));
  };

  const remove = async () => {
    const done = await runWrite(async () => {
      await removeMemberCheckItem(db, check.id, item.id, undo);
      return true;
    });
    if (done === true) notify(t('memberChecksScreen.item.removed', { item: title }), undoToastAction(undo, t('memberChecksScreen.undo')));
  };

  return (
    <li className="member-check-item" aria-label={title}>
      <button
        type="button"
        className="button small danger-outline member-check-item-remove"
        aria-label={t('memberChecksScreen.item.removeLabel', { item: title })}
        onClick={() => void remove()}
      >
        {t('memberChecksScreen.item.remove')}
      </button>
      <ul className="member-check-target">
        {lines.map((line, index) => (
          <li key={`${index}-${line.text}`} className={line.gone ? 'member-check-gone' : undefined}>
            {line.conclusionId !== undefined && (
              <button type="button" className="button link" onClick={() => navigate({ screen: 'conclusions', conclusionId: line.conclusionId })}>{line.text}</button>
            )}
            {line.sourceId !== undefined && (
              <button type="button" className="button link" onClick={() => navigate({ screen: 'source', sourceId: line.sourceId ?? '' })}>{line.text}</button>
            )}
            {line.conclusionId === undefined && line.sourceId === undefined && line.text}
          </li>
        ))}
      </ul>
      <div className="member-check-response">
        <label className="member-check-field">
          <span>{t('memberChecksScreen.item.response')}</span>
          <select
            value={item.response}
            onChange={(event) => void runWrite(() => recordResponse(db, check.id, item.id, asResponse(event.currentTarget.value), comment.trim(), undo))}
          >
            {RESPONSE_OPTIONS.map((option) => <option key={option} value={option}>{t(`memberChecksScreen.response.${option}`)}</option>)}
          </select>
        </label>
        <label className="member-check-field member-check-comment">
          <span>{t('memberChecksScreen.item.comment')}</span>
          <input
            type="text"
            value={comment}
            placeholder={t('memberChecksScreen.item.commentPlaceholder')}
            onChange={(event) => setComment(event.currentTarget.value)}
            onBlur={saveComment}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveComment();
            }}
          />
        </label>
        <AddEvidenceButton
          projectId={projectId}
          className="button small"
          choices={item.response === 'none' ? [] : [{
            target: { kind: 'member-check', memberCheckId: check.id, itemId: item.id },
            label: t('memberChecksScreen.item.evidenceLabel', { name: pseudonym, item: title, response: t(`memberChecksScreen.response.${item.response}`) }),
          }]}
          disabledReason={t('memberChecksScreen.item.evidenceDisabled')}
        />
      </div>
      <OutcomeList check={check} item={item} data={data} navigate={navigate} />
      <OutcomeActions check={check} item={item} data={data} navigate={navigate} />
    </li>
  );
};
