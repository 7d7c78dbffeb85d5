// English catalog: one file per area of the app, merged here. Keys are namespaced by area.
import { importMessages } from './import.ts';
import { appMessages } from './app.ts';
import { electronMessages } from './electron.ts';

export const englishMessages = { ...importMessages, ...appMessages, ...electronMessages };
