import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../server/html/html';
import { jsonForScript, jsonIsland } from '../../server/html/json-island';
import { layout } from '../../server/html/layout';
import { safeUrl } from '../../web/safe-url';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) ? [full] : [];
  });
}

describe('html template', () => {
  it('escapes every interpolated string, number and array item', () => {
    const name = '<img src=x onerror=alert(1)>';
    const out = html`<h1 title="${name}">${name}</h1><ul>${['<b>', '"q"', "it's"].map((x) => html`<li>${x}</li>`)}</ul>${42}`;
    expect(out.value).toBe(
      '<h1 title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</h1><ul><li>&lt;b&gt;</li><li>&quot;q&quot;</li><li>it&#39;s</li></ul>42',
    );
  });

  it('keeps nested templates as markup and renders false/null/undefined as nothing', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${false}${null}${undefined}</p>`.value).toBe('<p><b>&lt;i&gt;</b></p>');
  });

  it('does not trust an object that merely looks like SafeHtml', () => {
    const forged = { value: '<script>alert(1)</script>' } as unknown as string;
    expect(html`${forged}`.value).toBe('[object Object]');
    expect(SafeHtml.is(forged)).toBe(false);
  });

  it('escapeHtml covers the five significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('json island', () => {
  it('cannot be closed by data', () => {
    const data = { name: '</script><script>alert(1)</script>', sep: '\u2028', amp: '&' };
    const text = jsonForScript(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
    expect(jsonIsland('x', data).value).toMatch(/^<script type="application\/json" id="x">[^<]*<\/script>$/);
  });
});

describe('raw() is used in one reviewed place', () => {
  it('appears only in server/html/json-island.ts (and its definition)', () => {
    const offenders = ['server', 'web', 'agent']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => /(?<![.\w])raw\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file))
      .filter((file) => file !== 'server/html/json-island.ts' && file !== 'server/html/html.ts');
    expect(offenders).toEqual([]);
  });

  it('client code never assigns innerHTML/outerHTML or calls insertAdjacentHTML', () => {
    const offenders = sourceFiles(path.join(ROOT, 'web')).filter((file) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('layout', () => {
  it('marks the current section and escapes the title', () => {
    const page = layout({ title: '<x>', section: 'models', body: html`<p>hi</p>` }).value;
    expect(page).toContain('<title>&lt;x&gt; · Toolwright</title>');
    expect(page).toMatch(/href="\/models" aria-current="page">Models/);
    expect(page).toContain('<link rel="stylesheet" href="/assets/main.css">');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a?b', 'https://example.com/a?b'],
    ['/files/a.png', '/files/a.png'],
    ['javascript:alert(1)', '#'],
    [' JavaScript:alert(1)', '#'],
    ['//evil.example/x', '#'],
    ['data:text/html,<script>', '#'],
    ['data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});
