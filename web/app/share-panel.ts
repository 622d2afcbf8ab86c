/**
 * The app page's Share card: the public link (allow sharing by link, create, copy, revoke), an
 * embed snippet for the public form, and the webhook address with a curl example.
 */
import type { AppSpec, Field } from '../../agent/spec/app-spec';
import { api } from '../api';
import { byId, h, replaceChildren } from '../dom';
import { copyField } from '../shared/copy-field';

interface LinkList {
  links: Array<{ id: string; hint: string; createdAt: string }>;
}
interface CreatedLink {
  link: string;
  summary: string;
}
interface HookView {
  enabled: boolean;
  path: string;
  inputs: string[];
  summary: string;
}

/** A value of the right kind for each field, so the curl example runs as pasted. */
function exampleValue(field: Field): unknown {
  if (field.options?.length) return field.options[0];
  switch (field.type) {
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'email':
      return 'ada@example.com';
    case 'url':
      return 'https://example.com';
    case 'date':
      return new Date().toISOString().slice(0, 10);
    default:
      return `Example ${field.label.toLowerCase()}`;
  }
}

export function mountSharePanel(spec: AppSpec): void {
  const card = document.getElementById('share');
  if (!card) return;
  const base = `/api/apps/${encodeURIComponent(spec.slug)}`;
  const linkBox = byId('share-link');
  const embedBox = byId('share-embed');
  const hookBox = byId('share-webhook');
  const status = byId('share-status');

  const act = (label: string, work: () => Promise<void>) =>
    h(
      'button',
      {
        class: 'btn btn-small',
        attrs: { type: 'button' },
        on: {
          click: async (event) => {
            const button = event.currentTarget as HTMLButtonElement;
            button.disabled = true;
            status.textContent = '';
            try {
              await work();
            } catch (error) {
              status.textContent = (error as Error).message;
            } finally {
              button.disabled = false;
            }
          },
        },
      },
      label,
    );

  async function showLinks(created: CreatedLink | null): Promise<void> {
    if (spec.access.level !== 'public-link') {
      replaceChildren(
        linkBox,
        h(
          'p',
          { class: 'small' },
          spec.access.level === 'private' ? 'Only you can open this app now.' : 'Only people in this workspace can open this app now.',
        ),
        act('Allow sharing by link', async () => {
          await api('PUT', `${base}/access`, { level: 'public-link' });
          location.reload();
        }),
      );
      return;
    }
    const { links } = await api<LinkList>('GET', `${base}/public-links`);
    const url = created ? new URL(created.link, location.origin).href : null;
    replaceChildren(
      linkBox,
      url
        ? [
            copyField('Anyone with this link can run the app, and see nothing else. Copy it now: it is not shown again.', url, {
              role: 'public-link',
            }),
          ]
        : h(
            'p',
            { class: 'small' },
            links.length
              ? `${links.length} ${links.length === 1 ? 'link works' : 'links work'} now (ending ${links.map((l) => l.hint).join(', ')}). A link is shown only when it is created.`
              : 'No link yet. Anyone holding a link can run the app, and see nothing else.',
          ),
      h(
        'div',
        { class: 'row' },
        act(links.length ? 'Create another link' : 'Create a link', async () =>
          showLinks(await api<CreatedLink>('POST', `${base}/public-links`)),
        ),
        links.length
          ? act('Revoke all links', async () => {
              const { summary } = await api<{ summary: string }>('DELETE', `${base}/public-links`);
              await showLinks(null);
              status.textContent = `${summary} They now answer “not found”.`;
            })
          : null,
      ),
    );
    if (url) {
      const snippet = `<iframe src="${url}" title="${spec.name.replaceAll('"', '&quot;')}" width="100%" height="720" style="border:0"></iframe>`;
      replaceChildren(
        embedBox,
        copyField('Paste this into a web page to show the app’s form there:', snippet, { multiline: true, role: 'embed' }),
      );
    }
  }

  async function showHook(): Promise<void> {
    const hook = await api<HookView>('GET', `${base}/hook`);
    if (!hook.enabled) {
      replaceChildren(
        hookBox,
        h(
          'p',
          { class: 'small' },
          'This app has no webhook trigger. Ask the builder to “run it when a webhook is called” to get an address other tools can send to.',
        ),
      );
      return;
    }
    const url = new URL(hook.path, location.origin).href;
    const fields = spec.inputs.filter((f) => hook.inputs.includes(f.name) && !['image', 'file', 'document'].includes(f.type));
    const example = Object.fromEntries(fields.map((f) => [f.name, exampleValue(f)]));
    const curl = `curl -X POST '${url}' \\\n  -H 'content-type: application/json' \\\n  -d '${JSON.stringify(example).replaceAll("'", "'\\''")}'`;
    replaceChildren(
      hookBox,
      copyField('Address (it holds a secret: share it only with the tool that sends):', url, { role: 'webhook-url' }),
      copyField('Try it from a terminal:', curl, { multiline: true, role: 'webhook-curl' }),
    );
  }

  void showLinks(null).catch((error: unknown) => replaceChildren(linkBox, h('p', { class: 'small' }, (error as Error).message)));
  void showHook().catch((error: unknown) => replaceChildren(hookBox, h('p', { class: 'small' }, (error as Error).message)));
}
