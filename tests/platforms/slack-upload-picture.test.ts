import { describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { isPassingFailure } from '../../src/platforms/slack/upload-picture.ts';

const platform = (error: string) => new webApi.WebAPIPlatformError({ ok: false, error });
const http = (status: number) => new webApi.WebAPIHTTPError(status, 'x', {});

// A scheduled picture that failed for the moment is retried as its own part; one refused for good is not.
describe('which failed Slack calls are worth trying again', () => {
  it('takes outages, rate limits and broken connections as passing', () => {
    const passing = [platform('service_unavailable'), platform('internal_error'), platform('ratelimited'), http(503), http(429), new webApi.WebAPIRateLimitedError(30), new webApi.WebAPIRequestError(new Error('socket hang up')), new Error('Failed to upload file (id:F1, filename: coverage-2031-03-04.png)')];
    expect(passing.map(isPassingFailure)).toEqual(passing.map(() => true));
  });

  it('takes a refusal Slack would repeat as final', () => {
    const final = [platform('not_in_channel'), platform('missing_scope'), platform('channel_not_found'), http(404), new webApi.WebAPIFileUploadInvalidArgumentsError('no file')];
    expect(final.map(isPassingFailure)).toEqual(final.map(() => false));
  });
});
