// What an actor asks for, seeks or proposes has not happened; what it takes cover from is no
// request. Every text is fictional, written for this test.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();
const coded = (text: string) => extract(text).events.map((e) => `${e.type}:${e.trigger.text}:${e.modality}`);

describe('acts asked for', () => {
  it('"sought talks": the request happened, the talks did not', () => {
    expect(coded('Fictional: The opposition sought talks with the government in Lome.')).toEqual([
      'REQUEST:sought:asserted',
      'CONSULT:talks:hypothetical',
    ]);
  });

  it('"requested talks" likewise', () => {
    expect(coded('Fictional: The opposition requested talks with the government in Lome.')).toContain(
      'CONSULT:talks:hypothetical',
    );
  });

  it('"at the request of" a government, an act still happened', () => {
    expect(coded('Fictional: At the request of the government, troops withdrew from Kidal.')).toEqual([
      'RETREAT:withdrew from:asserted',
    ]);
  });
});

describe('shelter sought is no request', () => {
  it('"displaced people have sought shelter in Goma" codes nothing', () => {
    expect(coded('Fictional: Thousands of displaced people have sought shelter in Goma.')).toEqual([]);
  });
});
