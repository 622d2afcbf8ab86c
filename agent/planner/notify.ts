/**
 * Where results should be sent: "email it to ops@acme.com", "post it to Slack
 * (https://hooks.slack.com/…)". Without the address or the webhook URL nothing is made up:
 * the target stays null and the planner asks for it.
 */

export interface NotifyWish {
  channel: 'email' | 'slack';
  /** The address or Slack incoming-webhook URL, when said. */
  target: string | null;
}

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const SLACK_URL = /https:\/\/hooks\.slack\.com\/[^\s"'<>]+/;

export function detectNotify(text: string): NotifyWish | null {
  const t = text.toLowerCase();
  if (/\bslack\b/.test(t) && /\b(?:post|send|share|notify|ping|drop|push)\w*\b/.test(t)) {
    return { channel: 'slack', target: SLACK_URL.exec(text)?.[0] ?? null };
  }
  const address = EMAIL.exec(text)?.[0] ?? null;
  if (address && /\b(?:e-?mail|send|mail|notify|forward|cc)\w*\b/.test(t)) return { channel: 'email', target: address };
  if (/\b(?:e-?mail|send)\s+(?:it|them|the \w+|a copy|the results?)\s+to\s+(?:me|us|the team)\b|\be-?mail\s+(?:me|us|the team)\b/.test(t)) {
    return { channel: 'email', target: null };
  }
  return null;
}
