// What the project file adds to the window besides the top bar's menu and status: its dialogs, its keyboard
// shortcuts and Electron's menu commands, and the window title.
import { ProjectFileDialogs } from './ProjectFileDialogs.tsx';
import '../../styles/projectFiles.css';
import { useFileShortcuts } from './useFileShortcuts.ts';
import { useWindowTitle } from './useWindowTitle.ts';

export const ProjectFileWindow = ({ projectName }: { projectName: string | null }) => {
  useFileShortcuts();
  useWindowTitle(projectName);
  return <ProjectFileDialogs />;
};
