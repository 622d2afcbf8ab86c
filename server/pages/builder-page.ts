/** `/`: the builder. Chat on the left, the live preview on the right; web/builder/ drives both. */
import { html, type SafeHtml } from '../html/html';
import { layout } from '../html/layout';

export interface BuilderPageOptions {
  /** Who answers the chat, for the banner. */
  agent: { kind: 'planner' } | { kind: 'model'; provider: string; model: string } | { kind: 'unavailable'; message: string };
  /** A model chosen on a models page (`/?model=<id>`): the message box starts with it named. */
  chosenModel?: { id: string; displayName: string } | null;
}

function agentBanner(agent: BuilderPageOptions['agent']): SafeHtml {
  switch (agent.kind) {
    case 'planner':
      return html`<div class="banner" data-role="agent-banner"><p><strong>The built-in planner is answering:</strong> deterministic, no key needed. A real model is one setting away in <a href="/settings">Settings</a> (an OpenAI or Gemini key, or a local model's URL).</p></div>`;
    case 'model':
      return html`<div class="banner" data-role="agent-banner"><p><strong>${agent.model}</strong> (${agent.provider}) is answering. Keys and URLs are in <a href="/settings">Settings</a>.</p></div>`;
    case 'unavailable':
      return html`<div class="banner banner-warn" data-role="agent-banner"><p>${agent.message} See <a href="/settings">Settings</a>.</p></div>`;
  }
}

export function renderBuilderPage(options: BuilderPageOptions): SafeHtml {
  const body = html`<div class="builder" data-tab="chat">
  <div class="builder-tabs" role="tablist" aria-label="Builder panes">
    <button type="button" class="builder-tab" role="tab" id="tab-chat" aria-controls="pane-chat" aria-selected="true">Chat</button>
    <button type="button" class="builder-tab" role="tab" id="tab-preview" aria-controls="pane-preview" aria-selected="false" tabindex="-1">Preview</button>
  </div>
  <section class="builder-chat" id="pane-chat" aria-label="Chat">
    <div class="pane-head"><h2>Describe your tool</h2><div class="row"><span id="connection" class="badge">connecting…</span><button type="button" class="btn btn-small" id="new-chat">New chat</button></div></div>
    ${agentBanner(options.agent)}
    ${options.chosenModel ? html`<div class="banner banner-ok" data-role="chosen-model"><p>Building with <strong>${options.chosenModel.displayName}</strong>: finish the sentence below with what the tool should do.</p></div>` : ''}
    <div class="messages" id="messages" aria-live="polite"></div>
    <form class="composer" id="composer">
      <label class="visually-hidden" for="composer-input">Message</label>
      <textarea id="composer-input" name="text" placeholder="Describe a tool, or ask about models…" maxlength="20000" rows="2">${options.chosenModel ? `Use ${options.chosenModel.id} for a tool that ` : ''}</textarea>
      <button type="submit" class="btn btn-primary" id="send-button">Send</button>
      <button type="button" class="btn" id="stop-button" hidden>Stop</button>
    </form>
  </section>
  <section class="builder-preview" id="pane-preview" aria-label="App preview">
    <div class="pane-head"><h2>Preview</h2><div class="row"><span class="muted small" id="preview-note" role="status">Updates as the app changes</span><button type="button" class="btn btn-small" id="builder-undo" disabled>Undo</button><button type="button" class="btn btn-small" id="builder-redo" disabled>Redo</button></div></div>
    <div class="preview-body" id="preview-body"><p class="empty">Nothing built yet. The app appears here as soon as the agent creates it.</p></div>
  </section>
</div>`;
  return layout({ title: 'Builder', section: 'builder', body, scripts: ['builder'], width: 'full' });
}
