/** A free slug for a new app, derived from its name ("Support replies" → support-replies, -2, -3…). */
import type { AppsPort } from '../ports/apps';

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return base || 'app';
}

export async function uniqueSlug(store: Pick<AppsPort, 'getApp'>, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await store.getApp(slug))) return slug;
  }
}
