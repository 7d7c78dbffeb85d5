// "Add as evidence…" on a search hit: offers the codings that overlap the hit (a choice when several do); a hit
// outside every coding cannot be evidence yet, so the button is disabled and its tooltip says to code it first.
import { memo } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { KeywordInContextLine } from '../../../shared/search/index.ts';
import { AddEvidenceButton } from '../../components/AddEvidenceButton.tsx';
import { codingsOverlapping, type NamedCoding } from '../../data/conclusionEvidence.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { projectId: Id; line: KeywordInContextLine; sourceCodings: readonly NamedCoding[]; sourceTitle: string };

export const HitEvidenceButton = memo(function HitEvidenceButton({ projectId, line, sourceCodings, sourceTitle }: Props) {
  const { t } = useTranslation();
  const choices = codingsOverlapping(sourceCodings, line.start, line.end).map((coding) => ({
    target: { kind: 'coding' as const, codingId: coding.id },
    label: t('evidence.dialog.target.hitCoding', { code: coding.codeName, hit: line.hit }),
  }));
  return (
    <AddEvidenceButton
      projectId={projectId}
      className="button link small kwic-evidence"
      choices={choices}
      ariaLabel={t('evidence.action.searchLabel', { source: sourceTitle })}
      disabledReason={t('evidence.action.searchNoCoding')}
    />
  );
});
