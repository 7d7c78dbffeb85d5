// Bahasa Indonesia for the cli area (keys of ../en/cli.ts), written for Indonesian researchers, not word for word.
import type { cliMessages } from '../en/cli.ts';

export const cliMessagesId = {
} satisfies Partial<Record<keyof typeof cliMessages, string>>;
