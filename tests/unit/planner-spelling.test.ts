/**
 * Typing slips in a description are repaired before the planner reads it, so a hurried message
 * builds the app a careful one would; names, acronyms, addresses, quotations, product words and
 * words with no single likely repair stay exactly as typed, and so does the message kept in chat.
 */
import { describe, expect, it } from 'vitest';
import { repairSpelling } from '../../agent/planner/spelling';
import type { Store } from '../../server/store/store';
import { openEvalSession } from '../eval/planner/drive';
import { withTypos } from '../eval/planner/typos';

/** The create_app call a description gets in a fresh workspace, and the user messages kept. */
async function built(text: string): Promise<{ app: unknown; said: string[] }> {
  const session = await openEvalSession();
  try {
    const turn = await session.say(text);
    const created = turn.calls.find((c) => c.name === 'create_app');
    // The eval session's ports are a real lowdb store, which lists the workspace's conversations.
    const [conversation] = await (session.ctx.store as Store).listConversations('default');
    const said = (conversation?.messages ?? []).flatMap((m) => (m.role === 'user' ? [m.content] : []));
    return { app: created?.args ?? null, said };
  } finally {
    await session.close();
  }
}

describe('spelling repair before the planner reads', () => {
  it('builds the same app from a slipped description as from the careful one, and keeps the message as typed', async () => {
    const careful = 'Every Friday at 4pm, email me a summary of the week: keep a table of expenses with merchant, category and total.';
    const hurried = 'Every Firday at 4pm, emial me a sumary of the week: keep a tabel of expneses with merchant, cateogry and totla.';
    const [a, b] = [await built(careful), await built(hurried)];
    expect(a.app).not.toBeNull();
    expect(b.app).toEqual(a.app);
    expect(b.said).toEqual([hurried]);
  });

  it('repairs swapped, dropped and doubled letters to the one likely word', () => {
    expect(repairSpelling('a shared log of recieved parcels with sender, weigth and shedule')).toBe(
      'a shared log of received parcels with sender, weight and schedule',
    );
    expect(repairSpelling('log each shipmnt and its carrierr')).toBe('log each shipment and its carrier');
    expect(repairSpelling('Evrey morning, list the open orders.')).toBe('Every morning, list the open orders.');
    // A capital inside a sentence is a name: it becomes a name the dictionary knows, or stays.
    expect(repairSpelling('each Wednesady in Feburary')).toBe('each Wednesday in February');
  });

  it('leaves names, acronyms, identifiers, addresses and quotations as written', () => {
    const text =
      'Post to Flarbix, Canva, Toggl and the KPIZ board, read order_totl and custmrId, mail finance@exmaple.org, watch https://exmaple.org/feedz and call it "Quik Notes" or \'Tiny Helpr\'.';
    expect(repairSpelling(text)).toBe(text);
  });

  it('leaves a product name opening a sentence as written, and repairs a swap there', () => {
    for (const text of ['Canva exports land in our folder.', 'Xero bills come in daily.', 'Deel contracts arrive.'])
      expect(repairSpelling(text)).toBe(text);
    expect(repairSpelling('Evrey Friday, sum up the week.')).toBe('Every Friday, sum up the week.');
  });

  it('leaves product words and words English forms at will', () => {
    const text = 'a webhook fills the dropdown on the signup page; the chatbot handles onboarding for each funder and approver.';
    expect(repairSpelling(text)).toBe(text);
  });

  it('leaves a word alone when two repairs are about as likely', () => {
    // chapter, chatter, charter and cheater are each one dropped letter away, none far more said than the rest.
    expect(repairSpelling('the chater is done')).toBe('the chater is done');
    // bowls, bolts and boils likewise.
    expect(repairSpelling('the bols are ready')).toBe('the bols are ready');
  });

  it('keeps spacing and punctuation exactly, and changes nothing in a careful description', () => {
    const text = 'Three steps:\n- read the invoice,\n- check the total;  then (politely) reply.';
    expect(repairSpelling(text)).toBe(text);
    expect(repairSpelling('Three steps:\n- read the invocie,\n- check the totla;  then (politley) reply.')).toBe(text);
  });

  it('leaves runs of letters longer than words as written, however long', () => {
    const blob = `paste ${'qwzx'.repeat(5_000)} here`;
    expect(repairSpelling(blob)).toBe(blob);
  });

  it('the eval slips are seeded: the same seed gives the same slips, another seed others', () => {
    const text = 'Summarise every incoming support ticket and suggest a priority for the team.';
    expect(withTypos(text, 2, 7)).toBe(withTypos(text, 2, 7));
    expect(withTypos(text, 2, 7)).not.toBe(text);
    expect(withTypos(text, 2, 8)).not.toBe(withTypos(text, 2, 7));
    // Only words of four letters or more: never an email, a time, a number or an address.
    const untouchable = 'to ops@acme.io at 09:30, 1200 of us, via https://acme.io/feeds';
    expect(withTypos(untouchable, 3, 1)).toBe(untouchable);
  });
});
