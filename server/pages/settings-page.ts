/**
 * /settings: provider keys and base URLs. Write-only: the page shows where each value comes
 * from ("configured (from env)") and never a stored key; web/settings/main.ts fills the status
 * from GET /api/settings and saves through PUT /api/settings.
 */
import { SETTINGS, type SettingName } from '../config/settings';
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

const GROUPS: ReadonlyArray<{ title: string; help: string; names: SettingName[] }> = [
  { title: 'OpenAI', help: 'GPT text models and GPT Image models.', names: ['openaiApiKey', 'openaiBaseUrl'] },
  { title: 'Google Gemini', help: 'Gemini text and image models.', names: ['geminiApiKey', 'geminiBaseUrl'] },
  {
    title: 'OpenAI-compatible server',
    help: 'A local or hosted server that speaks the OpenAI API: Ollama (http://127.0.0.1:11434/v1), vLLM, LM Studio, OpenRouter.',
    names: ['openaiCompatibleBaseUrl', 'openaiCompatibleApiKey'],
  },
  { title: 'Email notifications', help: 'Used by notify steps that send email.', names: ['smtpUrl', 'smtpFrom'] },
];

function settingField(name: SettingName): SafeHtml {
  const def = SETTINGS[name];
  const id = `s-${name}`;
  return html`<div class="field" data-setting="${name}">
  <label for="${id}">${def.label}</label>
  <div class="row">
    <input id="${id}" name="${name}" type="${def.secret ? 'password' : 'text'}" autocomplete="off" spellcheck="false" placeholder="${def.secret ? 'Paste a new value to set it' : name === 'smtpFrom' ? 'tools@example.com' : 'https://…'}" class="grow">
    <button type="button" class="btn btn-small" data-role="clear" hidden>Clear</button>
  </div>
  <span class="help" data-role="status">Environment variable ${def.env.join(' or ')}.</span>
</div>`;
}

export function renderSettingsPage(): SafeHtml {
  const body = html`<div class="page-head">
  <div><h1>Settings</h1><p>Keys and addresses of model providers. Environment variables win over values saved here; saved values live in the data folder's settings.json (mode 0600). Keys are never shown back.</p></div>
</div>
<form id="settings-form" class="stack" autocomplete="off">
  ${GROUPS.map(
    (group) =>
      html`<section class="card"><h2>${group.title}</h2><p class="muted small">${group.help}</p>${group.names.map(settingField)}</section>`,
  )}
  <div class="row"><button type="submit" class="btn btn-primary">Save</button><span id="settings-status" class="muted small" role="status"></span></div>
</form>`;
  return layout({ title: 'Settings', section: 'settings', body, scripts: ['settings'] });
}
