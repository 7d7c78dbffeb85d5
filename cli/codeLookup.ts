// Finds the codes `--code` names: by name, or by path ("Parent / Child", as the app's export writes it) where a name
// is used under several parents; names compare as the code tree compares them (spaces tidied, case ignored).
import { codeNameKey } from '../shared/codebook/codeNames.ts';
import { codePath, indexCodes } from '../shared/codebook/codeTree.ts';
import { t } from '../shared/i18n/translate.ts';
import type { Code } from '../shared/model/index.ts';
import { InputRefused } from './exitStatus.ts';

/** The one code `wanted` names; refused naming the project file when none or several match. */
export const findCodeNamed = (codes: readonly Code[], wanted: string, file: string): Code => {
  const byId = indexCodes(codes);
  const key = codeNameKey(wanted);
  const byPath = codes.filter((code) => codeNameKey(codePath(byId, code.id)) === key);
  const matches = byPath.length > 0 ? byPath : codes.filter((code) => codeNameKey(code.name) === key);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw new InputRefused(t('cli.refused.codeUnknown', { file, code: wanted }));
  const paths = matches.map((code) => `"${codePath(byId, code.id)}"`).sort().join(', ');
  throw new InputRefused(t('cli.refused.codeAmbiguous', { file, code: wanted, count: matches.length, paths }));
};
