/**
 * The optional start-up refresh of the price data: the library fetches its newest data file
 * and, if that works, the directory is rebuilt on it; otherwise the bundled data stays.
 */
import { updatePrices, waitForUpdate, type Provider } from '@pydantic/genai-prices';
import { reloadCatalog } from './catalog';
import { isoDay } from './lifecycle';
import { priceDataLabel, useRefreshedPriceData } from './price-data';

export type PriceRefreshResult = { ok: true; label: string } | { ok: false; reason: string; label: string };

/** `fetchJson` gets the library's data URL; injectable so tests need no network. */
export async function refreshPriceData(fetchJson: (url: string) => Promise<unknown>, now: Date = new Date()): Promise<PriceRefreshResult> {
  let data: Provider[] | null = null;
  updatePrices(({ remoteDataUrl, setProviderData }) => {
    setProviderData(
      fetchJson(remoteDataUrl).then((json) => {
        if (!Array.isArray(json)) throw new Error('the price data file is not a list of providers');
        data = json as Provider[];
        return data;
      }),
    );
  });
  try {
    await waitForUpdate();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error), label: priceDataLabel() };
  }
  if (!data) return { ok: false, reason: 'no data came back', label: priceDataLabel() };
  useRefreshedPriceData(data, isoDay(now));
  reloadCatalog();
  return { ok: true, label: priceDataLabel() };
}
