import { findProvider, type Provider } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { getCatalog, priceDataInfo } from '../../agent/catalog/index';
import { refreshPriceData } from '../../agent/catalog/price-refresh';

const DAY = new Date('2026-12-01T12:00:00Z');

describe('optional start-up refresh of the price data', () => {
  it('keeps the bundled data when the fetch fails, and says why', async () => {
    const result = await refreshPriceData(() => Promise.reject(new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com')), DAY);
    expect(result).toEqual({
      ok: false,
      reason: 'getaddrinfo ENOTFOUND raw.githubusercontent.com',
      label: expect.stringMatching(/^@pydantic\/genai-prices [\d.]+ \(data of \d{4}-\d{2}-\d{2}\)$/),
    });
    expect(priceDataInfo().origin).toBe('bundled');
    expect(getCatalog().require('gpt-image-2').pricing.input).toBe(5);
  });

  it('rebuilds the directory on fetched data and dates it by the fetch', async () => {
    const openai = structuredClone(findProvider({ providerId: 'openai' })!) as Provider;
    const google = structuredClone(findProvider({ providerId: 'google' })!) as Provider;
    const image2 = openai.models.find((m) => m.id === 'gpt-image-2')!;
    image2.prices = { ...(image2.prices as Record<string, number>), input_mtok: 4 };
    let asked = '';
    const result = await refreshPriceData(async (url) => {
      asked = url;
      return [openai, google];
    }, DAY);
    expect(asked).toMatch(/^https:\/\/raw\.githubusercontent\.com\/pydantic\/genai-prices\//);
    expect(result).toEqual({ ok: true, label: expect.stringMatching(/\(fetched 2026-12-01\)$/) });
    expect(getCatalog().require('gpt-image-2').pricing.input).toBe(4);
  });
});
