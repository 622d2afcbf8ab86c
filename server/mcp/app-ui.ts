/**
 * An app as an MCP App (ext-apps): one self-contained HTML page per app, served as the
 * `ui://` resource its run_<slug> tool links. The page holds the app's form as a JSON island
 * and the view script (web/mcp-app/main.ts, bundled once by esbuild, ext-apps included)
 * inline: hosts show it in a sandboxed iframe, and its CSP allows no outside script, style,
 * image or connection — it talks to the host only over postMessage.
 */
import { fileURLToPath } from 'node:url';
import { RESOURCE_URI_META_KEY } from '@modelcontextprotocol/ext-apps/server';
import { build } from 'esbuild';
import type { Field } from '../../agent/spec/app-spec';
import { appToolName, appUiUri } from '../../agent/mcp/app-tools';
import { MCP_APP_ISLAND, type McpAppPageData } from '../../agent/mcp/app-page-data';
import { escapeHtml } from '../html/html';
import { jsonForScript } from '../html/json-island';
import { AssetBuildError } from '../pages/assets';
import type { StoredApp } from '../store/records';

const VIEW_ENTRY = fileURLToPath(new URL('../../web/mcp-app/main.ts', import.meta.url));

/** The tool `_meta` linking the page, in the current (`ui.resourceUri`) and the older flat form. */
export function appUiMeta(slug: string): Record<string, unknown> {
  return { ui: { resourceUri: appUiUri(slug) }, [RESOURCE_URI_META_KEY]: appUiUri(slug) };
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2937;background:#fff}main{padding:16px;max-width:720px}
h1{font-size:20px;margin:0 0 4px}.description{color:#4b5563;margin:0 0 12px}.field{display:flex;flex-direction:column;margin-bottom:10px}
label{font-weight:600;margin-bottom:2px}small{color:#6b7280}input,textarea,select{font:inherit;padding:6px 8px;border:1px solid #d1d5db;border-radius:6px}
input[type=checkbox]{align-self:flex-start}button{font:inherit;background:#4f46e5;color:#fff;border:0;border-radius:6px;padding:8px 16px;cursor:pointer}
button:disabled{opacity:.6}.result{margin-top:16px}.summary{font-weight:600}.error{color:#b91c1c}.step h3{font-size:14px;margin:12px 0 4px;color:#374151}
pre{white-space:pre-wrap;background:#f3f4f6;padding:8px;border-radius:6px;margin:0}img{max-width:100%;margin-top:8px;border-radius:6px}`;

let viewScript: Promise<string> | null = null;

/** The view bundled as one classic script; `</script` and `<!--` cannot end or alter the element. */
async function bundleView(): Promise<string> {
  try {
    const result = await build({
      entryPoints: [VIEW_ENTRY],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
  } catch (cause) {
    viewScript = null;
    throw new AssetBuildError('The MCP App view (web/mcp-app/main.ts) failed to build. Fix the file and try again.', { cause });
  }
}

function pageData(app: StoredApp, inputs: readonly Field[]): McpAppPageData {
  return {
    tool: appToolName(app.slug),
    name: app.spec.name,
    description: app.spec.description,
    fields: inputs.map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      required: f.required,
      options: f.options ?? [],
      help: f.help ?? '',
    })),
  };
}

export async function appUiHtml(app: StoredApp, inputs: readonly Field[]): Promise<string> {
  viewScript ??= bundleView();
  const script = await viewScript;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(app.spec.name)}</title><style>${STYLE}</style></head>
<body><script type="application/json" id="${MCP_APP_ISLAND}">${jsonForScript(pageData(app, inputs))}</script><script>${script}</script></body></html>`;
}
