import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('a measured reading crossing a bound comes in from the device that measures it', () => {
  it.each([
    'alert me when the greenhouse temp goes out of range',
    'email me when my home battery temperature or charge level goes above or below set thresholds',
    'alert me when the soil moisture sensors read too low or too high',
  ])('%s → webhook', (text) => {
    expect(detectEventTrigger(text)?.kind).toBe('webhook');
  });

  it('stock dropping is a count the tool keeps, and a forecast checked on a schedule is looked up', () => {
    expect(detectEventTrigger('flag it when stock drops below the minimum')).toBeNull();
    expect(detectEventTrigger('every day at 16:00 check the forecast; frost alert if tonight drops below 3°C')).toBeNull();
  });
});
