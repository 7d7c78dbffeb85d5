// The window's project file: which file the open project is linked to, whether this window may write it (its lock,
// the browser's permission, read-only), and its autosave with the status the top bar shows ("Saving…", "Saved
// 14:32"). One per window, outside React: the provider subscribes to it; switching projects, Save as… and reopening
// the same file all go through `follow`, one at a time.
import type { Id } from '../../../shared/model/index.ts';
import type { ProjectFileAccess, ProjectFileRef, WritePermission } from '../../platform/projectFileAccess.ts';
import { fileOfLink } from '../../platform/projectFileAccess.ts';
import type { BackupTimer } from '../backupScheduler.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { fileLinkOfProject } from '../projectFileLinks.ts';
import { isProjectReadOnly, onReadOnlyChange, setProjectReadOnly } from '../readOnlyProjects.ts';
import { startAutosave, type Autosave, type AutosaveStatus } from './autosave.ts';
import { saveProjectToFile } from './saveProjectFile.ts';

export type ProjectFileSessionState = {
  projectId: Id | null;
  /** The file the project autosaves to; null when it is not linked to one. */
  file: ProjectFileRef | null;
  status: AutosaveStatus;
  readOnly: boolean;
  /** 'prompt': the browser wants the user's say-so (a click) before the file is written again. */
  permission: WritePermission;
};

const INITIAL: ProjectFileSessionState = { projectId: null, file: null, status: { kind: 'saved', at: null }, readOnly: false, permission: 'granted' };

export class ProjectFileSession {
  private state: ProjectFileSessionState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private autosave: Autosave | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly stopWatchingReadOnly: () => void;

  constructor(
    private readonly db: CaseweaveDatabase,
    private readonly access: ProjectFileAccess,
    private readonly timer?: BackupTimer,
  ) {
    this.stopWatchingReadOnly = onReadOnlyChange(() => this.onReadOnlyChanged());
  }

  readonly getState = (): ProjectFileSessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(patch: Partial<ProjectFileSessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  /** Runs the session's steps one after another: a project switch never interleaves with a Save as. */
  private step(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Follows the open project (null: none), or reads its link again after it changed (Save as…, a file opened);
   * `savedAt`: the file was just written (Save as…), so the status says when.
   */
  follow(projectId: Id | null, savedAt: string | null = null): Promise<void> {
    return this.step(async () => {
      const sameProject = projectId === this.state.projectId;
      const link = projectId === null ? null : await fileLinkOfProject(this.db, projectId);
      const file = link === null ? null : fileOfLink(link);
      if (sameProject && file?.linkId === this.state.file?.linkId && this.autosave !== null) {
        if (savedAt !== null) this.set({ status: { kind: 'saved', at: savedAt } });
        return;
      }
      await this.leave(sameProject ? file : null);
      this.set({ ...INITIAL, projectId, file, readOnly: isProjectReadOnly(projectId), status: { kind: 'saved', at: savedAt } });
      if (projectId === null || file === null || this.state.readOnly) return;
      if (!(await this.access.claim(file))) {
        // Another window has the file (and this project) open: look, do not touch.
        setProjectReadOnly(projectId, true);
        return;
      }
      this.set({ permission: await this.access.writePermission(file, false) });
      this.startAutosave(projectId, file);
    });
  }

  /** Stops autosaving (saving what is unsaved) and lets go of the file, unless the project stays linked to `keep`. */
  private async leave(keep: ProjectFileRef | null): Promise<void> {
    const { file } = this.state;
    const running = this.autosave;
    this.autosave = null;
    await running?.stop();
    if (file !== null && !this.state.readOnly && file.linkId !== keep?.linkId) await this.access.release(file);
  }

  private startAutosave(projectId: Id, file: ProjectFileRef): void {
    this.autosave = startAutosave({
      projectId,
      timer: this.timer,
      save: () => saveProjectToFile({ db: this.db, access: this.access }, projectId, file, { kind: 'again' }),
      onStatus: (status) => this.set({ status }),
    });
  }

  private onReadOnlyChanged(): void {
    const { projectId } = this.state;
    const readOnly = isProjectReadOnly(projectId);
    if (readOnly === this.state.readOnly) return;
    this.set({ readOnly });
    if (readOnly) {
      const running = this.autosave;
      this.autosave = null;
      void running?.stop();
    } else {
      void this.follow(projectId);
    }
  }

  /** Ctrl+S: writes the linked file now (after asking the browser's permission, inside the user's click). */
  async saveNow(): Promise<void> {
    const { file } = this.state;
    if (file === null || this.autosave === null) return;
    if (this.state.permission !== 'granted') {
      const permission = await this.access.writePermission(file, true);
      this.set({ permission });
      if (permission !== 'granted') return;
    }
    await this.autosave.saveNow();
  }

  /** Saves what is unsaved: the window is closing or hidden. */
  flush(): Promise<void> {
    return this.autosave?.flush() ?? Promise.resolve();
  }

  dispose(): Promise<void> {
    this.stopWatchingReadOnly();
    return this.step(() => this.leave(null));
  }
}
