/** Email through the configured SMTP server (SMTP_URL / settings); absent config is a clear "not configured". */
import nodemailer from 'nodemailer';
import type { SettingValues } from '../config/settings';

export const EMAIL_NOT_CONFIGURED =
  'Email is not configured, so no email was sent. Set SMTP_URL (smtp://user:pass@host:587) and SMTP_FROM in the environment or on the settings page.';

export function emailConfigured(settings: SettingValues): boolean {
  return Boolean(settings.smtpUrl);
}

export async function sendEmail(
  settings: SettingValues,
  message: { to: string; subject: string; text: string },
): Promise<{ messageId: string }> {
  if (!settings.smtpUrl) throw new Error(EMAIL_NOT_CONFIGURED);
  const transport = nodemailer.createTransport(settings.smtpUrl);
  try {
    const info = await transport.sendMail({ from: settings.smtpFrom ?? 'toolwright@localhost', ...message });
    return { messageId: String(info.messageId) };
  } finally {
    transport.close();
  }
}
