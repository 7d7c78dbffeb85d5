// A conclusion's member checks: "member-checked by n of m informants whose words it uses", and each answer that
// returned the conclusion or its words, with the informant's pseudonym, their response and the day they answered.
import { useId } from 'react';
import type { MemberCheckTally } from '../../../shared/analysis/memberCheckTally.ts';
import { memberCheckCountText, memberCheckVerdictText } from '../../../shared/analysis/memberCheckTallyText.ts';
import type { Informant } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { tally: MemberCheckTally; informants: readonly Pick<Informant, 'id' | 'pseudonym'>[] };

export const MemberCheckSection = ({ tally, informants }: Props) => {
  const { t, locale } = useTranslation();
  const headingId = useId();
  const pseudonym = (id: string) => informants.find((informant) => informant.id === id)?.pseudonym ?? id;
  return (
    <section className="conclusion-section" aria-labelledby={headingId} data-testid="conclusion-member-checks">
      <h3 id={headingId}>{t('memberCheckTally.heading')}</h3>
      <p data-testid="member-check-count">
        {tally.informants === 0 ? t('memberCheckTally.noInformants') : memberCheckCountText(tally, locale)}
      </p>
      {tally.verdicts.length > 0 && (
        <ul className="conclusion-member-checks" aria-label={t('memberCheckTally.verdicts')}>
          {tally.verdicts.map((verdict) => (
            <li key={`${verdict.memberCheckId}-${verdict.itemId}`} className={`member-check-verdict response-${verdict.response}`}>
              {memberCheckVerdictText(verdict, pseudonym, locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
