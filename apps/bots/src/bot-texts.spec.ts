import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = __dirname;
/**
 * The only places a Russian literal may live in the bots: the menu labels DESIGN fixes, the words
 * on buttons, and the date format's «в». Every message a bot sends is a message template.
 */
const ALLOWED = new Set(['client/client-menu.ts', 'shared/button-labels.ts', 'runtime/shop-time-format.ts']);
const CYRILLIC = /[А-Яа-яЁё]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every string or template literal (comments are not literals) with Russian text in it. */
function russianLiterals(path: string, source = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? node.getText(file)
          : null;
    if (text !== null && CYRILLIC.test(text)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push(`${relative(ROOT, path)}:${line + 1}: ${JSON.stringify(text)}`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const SENDERS = new Set(['reply', 'answerCallback', 'editPressedMessage']);
const isLiteral = (node: ts.Node | undefined) =>
  !!node && (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node));

/** `replier.reply(ctx, '…')`-like calls and `{ html: '…' }` texts: what bypasses the templates. */
function literalAnswers(path: string, source = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) =>
    `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.getText(file)}`;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      SENDERS.has(node.expression.name.text) &&
      isLiteral(node.arguments[1])
    )
      found.push(at(node));
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'html' &&
      isLiteral(node.initializer)
    )
      found.push(at(node));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('every bot text is a message template', () => {
  const files = sources(ROOT);

  it('scans the bots’ sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no Russian literal outside the menu and button labels', () => {
    const offenders = files.filter((f) => !ALLOWED.has(relative(ROOT, f))).flatMap((f) => russianLiterals(f));
    expect(offenders).toEqual([]);
  });

  it('no answer is a literal, and no `{ html }` text is written outside the runtime', () => {
    const bypasses = files
      .filter((f) => !relative(ROOT, f).startsWith('runtime/'))
      .flatMap((f) => literalAnswers(f));
    expect(bypasses).toEqual([]);
  });

  it('the detectors catch a hard-coded reply (so the checks above can fail)', () => {
    const probe = join(ROOT, 'probe.ts');
    const source = [
      "await this.replier.answerCallback(ctx, 'Готово');",
      'await this.replier.reply(ctx, `Осталось ${n}`);',
      "return { html: 'done' };",
      '// «Мои скидки» in a comment is fine',
    ].join('\n');
    expect(russianLiterals(probe, source)).toHaveLength(2);
    expect(literalAnswers(probe, source)).toHaveLength(3);
  });
});
