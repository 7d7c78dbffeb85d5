// The top bar's File menu: new project, open, save, save as, save a copy, back up and restore, and the recent files.
// A menu button: Enter, Space or ArrowDown opens it on its first item, the arrow keys move, Escape closes it and
// returns to the button; the shortcuts beside the items work without opening it (useFileShortcuts).
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useBackups } from '../BackupsContext.tsx';
import { useProjectFiles } from './ProjectFilesContext.tsx';

type Item = { key: string; label: string; shortcut?: string; disabled?: boolean; run: () => void };

type Props = { hasProject: boolean; onNewProject: () => void; onRestoreBackup: () => void };

const RECENT_IN_MENU = 5;

export const FileMenu = ({ hasProject, onNewProject, onRestoreBackup }: Props) => {
  const { t } = useTranslation();
  const files = useProjectFiles();
  const backups = useBackups();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const writable = hasProject && !files.state.readOnly;
  const download = files.kind === 'download';

  const items: Item[] = [
    { key: 'new', label: t('projectFiles.menu.newProject'), run: onNewProject },
    { key: 'open', label: t('projectFiles.menu.open'), shortcut: t('projectFiles.shortcut.open'), run: () => void files.openFile() },
    ...(download ? [] : [{ key: 'save', label: t('projectFiles.menu.saveNow'), shortcut: t('projectFiles.shortcut.saveNow'), disabled: !writable, run: () => void files.saveNow() }]),
    { key: 'saveAs', label: t(download ? 'projectFiles.menu.download' : 'projectFiles.menu.saveAs'), shortcut: t('projectFiles.shortcut.saveAs'), disabled: !hasProject || (!download && files.state.readOnly), run: () => void files.saveAs() },
    ...(download ? [] : [{ key: 'saveCopy', label: t('projectFiles.menu.saveCopy'), disabled: !hasProject, run: () => void files.saveCopy() }]),
    { key: 'backUp', label: t('projectFiles.menu.backUpNow'), disabled: !hasProject || !backups.store, run: () => void backups.backUpNow() },
    { key: 'restore', label: t('projectFiles.menu.restoreBackup'), run: onRestoreBackup },
    ...files.recent.slice(0, RECENT_IN_MENU).map((entry) => ({ key: `recent:${entry.id}`, label: entry.fileName, run: () => void files.openRecent(entry) })),
  ];
  const firstRecent = items.findIndex((item) => item.key.startsWith('recent:'));

  const menuItems = (): HTMLButtonElement[] => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

  useEffect(() => {
    if (open) menuItems()[0]?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || menu.current?.contains(event.target) || button.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = menuItems();
    const at = all.findIndex((item) => item === document.activeElement);
    const moveTo = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="file-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={files.busy}
        onClick={() => setOpen((now) => !now)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('projectFiles.menu.button')}
      </button>
      {open && (
        <div ref={menu} id={menuId} className="file-menu-list" role="menu" aria-label={t('projectFiles.menu.label')} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <div key={item.key} role="none">
              {index === firstRecent && <div className="file-menu-heading" role="presentation">{t('projectFiles.menu.recent')}</div>}
              <button
                type="button"
                role="menuitem"
                className="file-menu-item"
                disabled={item.disabled}
                onClick={() => {
                  close();
                  item.run();
                }}
              >
                <span>{item.label}</span>
                {item.shortcut !== undefined && <kbd className="file-menu-shortcut">{item.shortcut}</kbd>}
              </button>
            </div>
          ))}
          {firstRecent === -1 && !download && <div className="file-menu-heading muted" role="presentation">{t('projectFiles.menu.noRecent')}</div>}
        </div>
      )}
    </div>
  );
};
