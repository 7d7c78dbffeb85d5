// "Select all hits": one tick box for every hit of the query, shown or not yet shown; ticked when all are
// selected, mixed (indeterminate) when some are.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  selected: number;
  total: number;
  /** Every hit is being fetched to be ticked: the box shows ticked meanwhile. */
  selecting: boolean;
  disabled: boolean;
  onChange: (selectAll: boolean) => void;
};

export const SelectAllHitsBox = ({ selected, total, selecting, disabled, onChange }: Props) => {
  const { t } = useTranslation();
  const box = useRef<HTMLInputElement>(null);
  const all = selecting || (total > 0 && selected >= total);
  const some = selected > 0 && !all;
  // A tick box is mixed only through the DOM property (no attribute); assistive technology reads it from there.
  useEffect(() => {
    if (box.current !== null) box.current.indeterminate = some;
  }, [some]);
  return (
    <label className="select-all-hits">
      <input
        ref={box}
        type="checkbox"
        checked={all}
        disabled={disabled || selecting || total === 0}
        onChange={() => onChange(!all)}
      />
      {t('search.kwic.selectAll')}
    </label>
  );
};
