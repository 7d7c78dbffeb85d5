// Decides whether an IPC call may be served: only frames showing the app's own origin (app://caseweave) may call main.
import { isAppOriginUrl } from '../appOrigin.ts';

/** The URL of the frame that sent the call; null or missing when the frame is gone, which is never trusted. */
export const isTrustedSender = (frameUrl: string | null | undefined): boolean => isAppOriginUrl(frameUrl);
