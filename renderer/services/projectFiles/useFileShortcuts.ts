// The File menu's keys, anywhere in the window (text fields included, where the browser would otherwise open or
// save the page): Ctrl/Cmd+O opens a project file, Ctrl/Cmd+S saves now, Ctrl/Cmd+Shift+S saves as. Electron's menu
// sends the same commands; its accelerators take the keys before the page sees them.
import { useEffect } from 'react';
import { onMenuCommand } from '../../platform/platform.ts';
import { useProjectFiles } from './ProjectFilesContext.tsx';

export type FileKey = 'open' | 'save' | 'saveAs' | null;

export const fileKeyOf = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): FileKey => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'o' && !event.shiftKey) return 'open';
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
  return null;
};

export const useFileShortcuts = (): void => {
  const { openFile, saveNow, saveAs, saveCopy, state } = useProjectFiles();
  const hasProject = state.projectId !== null;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = fileKeyOf(event);
      if (key === null || event.defaultPrevented) return;
      event.preventDefault();
      if (key === 'open') void openFile();
      else if (hasProject && key === 'save') void saveNow();
      else if (hasProject) void saveAs();
    };
    const stopMenu = onMenuCommand((command) => {
      if (command === 'open-project-file') void openFile();
      else if (hasProject && command === 'save-as') void saveAs();
      else if (hasProject && command === 'save-copy') void saveCopy();
    });
    globalThis.addEventListener('keydown', onKeyDown);
    return () => {
      stopMenu();
      globalThis.removeEventListener('keydown', onKeyDown);
    };
  }, [hasProject, openFile, saveAs, saveCopy, saveNow]);
};
