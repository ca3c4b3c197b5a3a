// A capital named for its government (issue 4 point 4, issue 6 point 4), through the real default
// pipeline, whose geo stage supplies the places. Fictional text.
import { parseDocumentResult } from '@sitrep/model';
import { createDefaultPipeline } from '@sitrep/pipeline';
import { describe, expect, it } from 'vitest';

describe('a capital named for its government', () => {
  it('is the place of no act in its sentence, though a visited capital is', async () => {
    const pipeline = await createDefaultPipeline();
    const text =
      'Fictional: Turkish officials condemned the shelling on Friday and called on Damascus to respect the truce. The Kenyan president visited Addis Ababa on Tuesday for talks with Ethiopian leaders.';
    const result = parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
    const condemned = result.events.find((e) => e.trigger.text.startsWith('condemned'));
    expect(condemned).toBeDefined();
    expect(condemned?.location?.name ?? null).not.toBe('Damascus');
    const request = result.events.find((e) => e.type === 'REQUEST');
    expect(request?.recipient.map((a) => a.id)).toEqual(['syr.gov']);
    expect(request?.location?.name ?? null).not.toBe('Damascus');
    const visit = result.events.find((e) => e.trigger.text.startsWith('visited'));
    expect(visit?.location?.name).toBe('Addis Ababa');
  }, 60_000);
});
