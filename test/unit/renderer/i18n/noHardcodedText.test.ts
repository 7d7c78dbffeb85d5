// No user-visible English in the renderer's JSX bypasses the i18n layer: JSX text, the text attributes a screen
// reader or tooltip shows (aria-label, title, placeholder, alt, label) and alert/confirm/notify calls must come from
// t(). Read with the TypeScript parser over every renderer/**/*.tsx, so a literal added later fails here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = fileURLToPath(new URL('../../../../renderer/', import.meta.url));
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const MESSAGE_CALLS = /^(window\.)?(alert|confirm|prompt)$|^notify$/;
/** Words: two letters or more. Symbols, numbers and punctuation ("—", "·", "%") need no translation. */
const WORDY = /\p{L}{2,}/u;

const tsxFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });

const isLiteral = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
  node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node));

const literalText = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string =>
  ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ') : node.text;

export const hardCodedTexts = (fileName: string, source: string): string[] => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node): string => `${path.relative(RENDERER, fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDY.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer !== undefined && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (isLiteral(value) && WORDY.test(literalText(value))) found.push(`${where(node)} ${node.name.getText(file)}="${literalText(value)}"`);
    }
    if (ts.isCallExpression(node) && MESSAGE_CALLS.test(node.expression.getText(file))) {
      const [message] = node.arguments;
      if (isLiteral(message) && WORDY.test(literalText(message))) found.push(`${where(node)} ${node.expression.getText(file)}("${literalText(message)}")`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

describe('user-visible text in the renderer', () => {
  it('goes through t() everywhere', () => {
    const found = tsxFiles(RENDERER).flatMap((file) => hardCodedTexts(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('is found when written as a literal', () => {
    const sample = [
      'export const A = () => (',
      '  <div title="Open the file" aria-label={`Close ${name}`}>',
      '    Save now {t("x")} —',
      '    <input placeholder={t("y")} alt="" />',
      '  </div>',
      ');',
      'alert("Deleted");',
    ].join('\n');
    expect(hardCodedTexts(path.join(RENDERER, 'Sample.tsx'), sample)).toEqual([
      'Sample.tsx:2 title="Open the file"',
      'Sample.tsx:2 aria-label="Close  "',
      'Sample.tsx:3 text "Save now"',
      'Sample.tsx:7 alert("Deleted")',
    ]);
  });
});
