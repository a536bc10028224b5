import { describe, expect, it } from 'vitest';
import { ingestEndpoints } from './ingestEndpoints.ts';

describe('ingestEndpoints', () => {
  it('builds the Segment-compatible routes under the page origin', () => {
    expect(ingestEndpoints('https://stayflow.example.com:8443')).toEqual({
      batch: 'https://stayflow.example.com:8443/api/integrations/segment/v1/batch',
      identify: 'https://stayflow.example.com:8443/api/integrations/segment/v1/identify',
      libraryHost: 'https://stayflow.example.com:8443/api/integrations/segment',
    });
  });

  it('drops a trailing slash so no route has a double slash', () => {
    expect(ingestEndpoints('http://127.0.0.1:8080/').batch).toBe('http://127.0.0.1:8080/api/integrations/segment/v1/batch');
  });
});
