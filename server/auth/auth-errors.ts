/** Authentication and authorization refusals; the HTTP layer maps them through HttpError. */
import { HttpError } from '../http/http-error';

export const signInRequired = () =>
  new HttpError(
    401,
    'unauthenticated',
    'Sign in first (POST /api/auth/login or the /login page), or send an API token as "Authorization: Bearer <token>".',
  );

export const roleTooLow = (least: string, role: string) =>
  new HttpError(403, 'forbidden', `This needs the ${least} role or higher; you are ${role}. Ask a workspace owner for access.`);

export const csrfRefused = () =>
  new HttpError(
    403,
    'csrf_refused',
    'This change was refused because it did not carry the CSRF token. Reload the page and try again; API clients should send an API token as "Authorization: Bearer <token>" instead of a cookie.',
  );
