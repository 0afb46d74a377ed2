// A small hand-made StoryBundle in our own words, with hostile page text in it on purpose.
import type { Event, SourceRef, StoryBundle } from '../../src/model.js';

export const SCRIPT_TEXT = '<script>alert(1)</script>';
export const IMG_TITLE = 'Harbour reopens"><img src=x onerror=alert(1)>';

const refA: SourceRef = {
  pageId: 'page-a', sentence: 2, start: 40, end: 120,
  text: `Engineers reopened the northern harbour of Port Velmar after a storm, ${SCRIPT_TEXT} officials said.`,
  site: 'Coast | Daily', title: 'Storm damage in *Port Velmar*', source: 'pages/a.txt',
};
const refB: SourceRef = {
  pageId: 'page-b', sentence: 0, start: 0, end: 70,
  text: 'The harbour of Port Velmar opened again after twelve days.',
  site: 'Harbour Watch', title: IMG_TITLE, source: 'https://example.org/harbour?id=7',
};
const refB2: SourceRef = {
  pageId: 'page-b', sentence: 4, start: 300, end: 360,
  text: 'About 40 boats were stranded in the bay during the storm.',
  site: 'Harbour Watch', title: IMG_TITLE, source: 'https://example.org/harbour?id=7',
};
const refA2: SourceRef = {
  pageId: 'page-a', sentence: 5, start: 200, end: 260,
  text: 'Some 45 boats were caught in the bay when the storm struck.',
  site: 'Coast | Daily', title: 'Storm damage in *Port Velmar*', source: 'pages/a.txt',
};

export const reopening: Event = {
  id: 'ev-reopen', storyId: 'story-1', date: '2019-03-14', granularity: 'day', dateFromPublication: false,
  text: refA.text, type: 'Other', placeIds: ['geonames:1'], actorIds: ['actor:port-authority'],
  sources: [refA, refB], disagreements: [], score: 2,
};

export const stranding: Event = {
  id: 'ev-strand', storyId: 'story-1', date: '2019-02', granularity: 'month', dateFromPublication: true,
  text: refB2.text, type: 'Other', placeIds: ['geonames:1'], actorIds: [],
  sources: [refB2, refA2],
  disagreements: [{
    kind: 'number',
    values: [
      { value: '40', sources: [{ pageId: 'page-b', sentence: 4 }] },
      { value: '45', sources: [{ pageId: 'page-a', sentence: 5 }] },
    ],
  }],
  score: 1,
};

export function makeBundle(): StoryBundle {
  return {
    story: { id: 'story-1', label: 'Port Velmar harbour storm', pageIds: ['page-a', 'page-b'] },
    // Listed out of order on purpose: exports must sort the timeline by date.
    timeline: { storyId: 'story-1', entries: [reopening, stranding] },
    summary: { storyId: 'story-1', sentences: [refB, refA2] },
    sources: [
      {
        pageId: 'page-a', source: 'pages/a.txt', title: 'Storm damage in *Port Velmar*', site: 'Coast | Daily',
        published: { value: '2019-03-15', granularity: 'day', confidence: 0.9, evidence: { source: 'line', line: 3, text: 'March 15, 2019' } },
      },
      {
        pageId: 'page-b', source: 'https://example.org/harbour?id=7', url: 'https://example.org/harbour?id=7',
        title: IMG_TITLE, site: 'Harbour Watch', published: null, duplicateOf: 'page-a',
      },
    ],
    places: [{
      entity: { id: 'geonames:1', name: 'Port Velmar', lat: 43.5, lon: 16.25, countryCode: 'HR', featureCode: 'PPL', population: 9000, geonameId: 1 },
      mentions: 5, spellings: ['Port Velmar', 'Velmar | port'], events: 2,
    }, {
      entity: { id: 'geonames:2', name: 'Kestrel Bay', lat: 43.1, lon: 16.9, countryCode: 'HR', featureCode: 'BAY', population: 0 },
      mentions: 1, spellings: ['Kestrel Bay'], events: 0,
    }],
    actors: [{
      entity: { id: 'actor:port-authority', name: 'Port Authority', type: 'agency', aliases: ['harbour office'] },
      mentions: 3, spellings: ['Port Authority', 'harbour office'], events: 1,
    }],
  };
}
