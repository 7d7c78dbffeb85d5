// The report's sections as an ordered list: each with a box to include it, its title to rename in place, and buttons
// to move it up or down — except the title page, which always comes first and has no heading to rename (its box
// decides whether the project's key figures stand under the title). Everything is a native control, so the keyboard reaches it all; a moved section keeps the
// focus on its button and the move is announced.
import { useEffect, useRef, useState } from 'react';
import type { ReportSectionId } from '../../../shared/report/reportDocument.ts';
import type { ReportSectionChoice } from '../../../shared/report/reportOptions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  sections: readonly ReportSectionChoice[];
  defaultTitle: (id: ReportSectionId) => string;
  onInclude: (id: ReportSectionId, included: boolean) => void;
  onRename: (id: ReportSectionId, title: string) => void;
  onMove: (id: ReportSectionId, by: -1 | 1) => void;
};

export const SectionList = ({ sections, defaultTitle, onInclude, onRename, onMove }: Props) => {
  const { t } = useTranslation();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<{ id: ReportSectionId; by: -1 | 1 } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // What is typed in a title while it has the focus: a cleared title stays cleared until the focus leaves it.
  const [drafts, setDrafts] = useState<Partial<Record<ReportSectionId, string>>>({});

  useEffect(() => {
    if (moved === null) return;
    const position = sections.findIndex((section) => section.id === moved.id);
    // At the top or bottom the pressed button is disabled: the focus goes to the other one.
    const atEdge = moved.by === -1 ? position === 0 : position === sections.length - 1;
    const direction = atEdge ? -moved.by : moved.by;
    buttons.current.get(`${moved.id}:${direction}`)?.focus();
    const section = sections[position];
    setAnnouncement(t('reportScreen.sections.moved', { title: section.title ?? defaultTitle(section.id), position: position + 1, count: sections.length }));
    setMoved(null);
  }, [moved, sections, t, defaultTitle]);

  const move = (id: ReportSectionId, by: -1 | 1) => {
    onMove(id, by);
    setMoved({ id, by });
  };

  return (
    <>
      <ol className="report-sections">
        {sections.map((section, index) => {
          const title = section.title ?? defaultTitle(section.id);
          const fixed = section.id === 'title';
          const abovePinned = index > 0 && sections[index - 1].id === 'title';
          return (
            <li key={section.id} className={section.included ? 'report-section' : 'report-section excluded'}>
              <input type="checkbox" checked={section.included} onChange={(event) => onInclude(section.id, event.target.checked)} aria-label={t('reportScreen.sections.include', { title })} />
              {fixed ? <span className="report-section-title report-section-fixed">{defaultTitle(section.id)}</span> : <input
                type="text"
                className="report-section-title"
                value={drafts[section.id] ?? title}
                onChange={(event) => {
                  const typed = event.target.value;
                  setDrafts((all) => ({ ...all, [section.id]: typed }));
                  onRename(section.id, typed);
                }}
                onBlur={() => setDrafts((all) => ({ ...all, [section.id]: undefined }))}
                aria-label={t('reportScreen.sections.rename', { title: defaultTitle(section.id) })}
              />}
              <button
                type="button"
                className="button small"
                ref={(element) => { if (element === null) buttons.current.delete(`${section.id}:-1`); else buttons.current.set(`${section.id}:-1`, element); }}
                disabled={index === 0 || fixed || abovePinned}
                onClick={() => move(section.id, -1)}
                aria-label={t('reportScreen.sections.moveUp', { title })}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small"
                ref={(element) => { if (element === null) buttons.current.delete(`${section.id}:1`); else buttons.current.set(`${section.id}:1`, element); }}
                disabled={index === sections.length - 1 || fixed}
                onClick={() => move(section.id, 1)}
                aria-label={t('reportScreen.sections.moveDown', { title })}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </>
  );
};
